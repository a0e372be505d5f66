//! The county chart: for each standard, how the bodies in the picture split
//! between met, partly met, not met and not evidenced, as one bar of the
//! whole set, so the spread shows as well as the count.

use super::frame::{draw_frame, row_labels, text, DrawResult, PLOT_LEFT, SMALL_FONT};
use super::palette::{level_colour, TEXT};
use super::svg::accessible;
use crate::domain::county::StandardTally;
use crate::domain::scoring::Status;
use crate::domain::standards::StandardSet;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const BAR_WIDTH: i32 = 380;
/// The counts in columns, after the bar: met, partly, not met, not evidenced.
const COUNT_X: [i32; 4] = [770, 835, 900, 965];
const LEVELS: [Status; 4] = [
    Status::Met,
    Status::PartlyMet,
    Status::NotMet,
    Status::NotAnswered,
];

fn counts(t: &StandardTally) -> [usize; 4] {
    [
        t.met.len(),
        t.partly_met.len(),
        t.not_met.len(),
        t.not_answered.len(),
    ]
}

pub fn county_chart_title(bodies: usize) -> String {
    format!("County chart: how the {bodies} bodies in the picture stand on each standard")
}

pub fn county_chart_description(tallies: &[StandardTally], set: &StandardSet) -> String {
    let parts: Vec<String> = tallies
        .iter()
        .zip(set.standards)
        .map(|(t, s)| {
            let [met, partly, not, none] = counts(t);
            format!(
                "{}: {met} met, {partly} partly met, {not} not met, {none} not evidenced",
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
        (COUNT_X[3], "None", HPos::Right),
    ];
    draw_frame(out, labels, &headings, &[], |area, i, y| {
        let n = counts(&tallies[i]);
        let mut x = PLOT_LEFT;
        let mut done = 0;
        for (level, count) in LEVELS.iter().zip(n) {
            done += count;
            // Ends are rounded from the running total, so the segments
            // always fill the bar exactly.
            let end = PLOT_LEFT + (BAR_WIDTH as usize * done / total.max(1)) as i32;
            if end > x {
                area.draw(&Rectangle::new(
                    [(x, y - 15), (end, y + 15)],
                    level_colour(*level).filled(),
                ))?;
            }
            x = end;
        }
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
