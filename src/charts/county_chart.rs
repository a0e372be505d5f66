//! The county chart: for each standard, how the bodies in the picture split
//! between met, partly met, not met and not evidenced, as one bar of the
//! whole set, so the spread shows as well as the count.

use super::frame::{draw_frame, row_labels, text, DrawResult, PLOT_LEFT, SMALL_FONT};
use super::palette::{level_colour, TEXT};
use super::svg::accessible;
use crate::domain::county::the_whole;
use crate::domain::county::StandardTally;
use crate::domain::scoring::Status;
use crate::domain::standards::StandardSet;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const BAR_WIDTH: i32 = 380;
/// The counts in columns, after the bar: met, partly, not met, not evidenced.
const COUNT_X: [i32; 4] = [770, 835, 900, 965];
/// The bar's segments in order: partly met on a plan alone comes after
/// partly met in practice and is drawn hollow, as in the gap chart.
const SEGMENTS: [(Status, bool); 5] = [
    (Status::Met, false),
    (Status::PartlyMet, false),
    (Status::PartlyMet, true),
    (Status::NotMet, false),
    (Status::NotAnswered, false),
];

fn segment_counts(t: &StandardTally) -> [usize; 5] {
    [
        t.met.len(),
        t.partly_met.len() - t.planned,
        t.planned,
        t.not_met.len(),
        t.not_answered.len(),
    ]
}

fn counts(t: &StandardTally) -> [usize; 4] {
    [
        t.met.len(),
        t.partly_met.len(),
        t.not_met.len(),
        t.not_answered.len(),
    ]
}

pub fn county_chart_title(bodies: usize) -> String {
    let verb = if bodies == 1 { "stands" } else { "stand" };
    format!(
        "County chart: how {} in the picture {verb} on each standard",
        the_whole(bodies, "body", "bodies")
    )
}

pub fn county_chart_description(tallies: &[StandardTally], set: &StandardSet) -> String {
    let parts: Vec<String> = tallies
        .iter()
        .zip(set.standards)
        .map(|(t, s)| {
            let [met, partly, not, none] = counts(t);
            let plan = match t.planned {
                0 => String::new(),
                p => format!(" ({p} on a plan alone)"),
            };
            format!(
                "{}: {met} met, {partly} partly met{plan}, {not} not met, {none} not evidenced",
                s.short_title
            )
        })
        .collect();
    format!("{}.", parts.join("; "))
}

pub fn county_chart_svg(tallies: &[StandardTally], set: &StandardSet) -> String {
    let standards: Vec<_> = set.standards.iter().collect();
    let labels = row_labels(&standards);
    let total = tallies.first().map_or(0, StandardTally::total);
    let mut raw = String::new();
    draw(&mut raw, &labels, tallies, total).expect("drawing into a string cannot fail");
    accessible(
        &raw,
        "county-chart",
        super::frame::size(labels.len()),
        &county_chart_title(total),
        &county_chart_description(tallies, set),
    )
}

fn draw(
    out: &mut String,
    labels: &[String],
    tallies: &[StandardTally],
    total: usize,
) -> DrawResult {
    let headings = [
        (PLOT_LEFT, "Share of bodies", HPos::Left),
        (COUNT_X[0], "Met", HPos::Right),
        (COUNT_X[1], "Part", HPos::Right),
        (COUNT_X[2], "Not", HPos::Right),
        (COUNT_X[3], "N/E", HPos::Right),
    ];
    draw_frame(out, labels, &headings, &[], |area, i, y| {
        let mut x = PLOT_LEFT;
        let mut done = 0;
        for ((level, plan), count) in SEGMENTS.iter().zip(segment_counts(&tallies[i])) {
            done += count;
            // Ends are rounded from the running total, so the segments
            // always fill the bar exactly.
            let end = PLOT_LEFT + (BAR_WIDTH as usize * done / total.max(1)) as i32;
            if end > x && *plan {
                area.draw(&Rectangle::new(
                    [(x + 2, y - 13), (end - 2, y + 13)],
                    level_colour(*level).stroke_width(3),
                ))?;
            } else if end > x {
                area.draw(&Rectangle::new(
                    [(x, y - 15), (end, y + 15)],
                    level_colour(*level).filled(),
                ))?;
            }
            x = end;
        }
        let n = counts(&tallies[i]);
        area.draw(&Rectangle::new(
            [(PLOT_LEFT, y - 15), (PLOT_LEFT + BAR_WIDTH, y + 15)],
            TEXT.stroke_width(1),
        ))?;
        for (cx, count) in COUNT_X.iter().zip(n) {
            area.draw(&Text::new(
                count.to_string(),
                (*cx, y),
                text(SMALL_FONT, &TEXT, HPos::Right),
            ))?;
        }
        Ok(())
    })
}
