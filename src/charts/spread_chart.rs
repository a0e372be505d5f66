//! The spread chart: how many bodies fall in each band of the overall
//! figure, one row a band, so a facilitator sees where each body sits.

use super::frame::{draw_frame, text, DrawResult, PLOT_LEFT, SMALL_FONT};
use super::palette::{DARK_BLUE, TEXT};
use super::svg::accessible;
use crate::domain::county::Band;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

const BAR_WIDTH: i32 = 520;

pub fn spread_chart_title(bodies: usize) -> String {
    format!("Spread chart: the {bodies} bodies by their overall figure, in bands of ten points")
}

pub fn spread_chart_description(bands: &[Band], median: Option<u32>) -> String {
    let parts: Vec<String> = bands
        .iter()
        .rev()
        .map(|b| format!("{}: {}", b.label, b.bodies.len()))
        .collect();
    let middle = median.map_or_else(String::new, |m| format!(" The middle body scores {m}%."));
    format!("Bodies per band: {}.{middle}", parts.join("; "))
}

pub fn spread_chart_svg(bands: &[Band], median: Option<u32>) -> String {
    // Highest band on top, as a score reads.
    let rows: Vec<&Band> = bands.iter().rev().collect();
    let labels: Vec<String> = rows.iter().map(|b| b.label.clone()).collect();
    let most = rows
        .iter()
        .map(|b| b.bodies.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let total: usize = rows.iter().map(|b| b.bodies.len()).sum();
    let mut raw = String::new();
    draw(&mut raw, &labels, &rows, most).expect("drawing into a string cannot fail");
    accessible(
        &raw,
        "spread-chart",
        super::frame::size(labels.len()),
        &spread_chart_title(total),
        &spread_chart_description(bands, median),
    )
}

fn draw(out: &mut String, labels: &[String], rows: &[&Band], most: usize) -> DrawResult {
    let headings = [(PLOT_LEFT, "Number of bodies", HPos::Left)];
    draw_frame(out, labels, &headings, &[], |area, i, y| {
        let n = rows[i].bodies.len();
        let end = PLOT_LEFT + (BAR_WIDTH as usize * n / most) as i32;
        if end > PLOT_LEFT {
            area.draw(&Rectangle::new(
                [(PLOT_LEFT, y - 15), (end, y + 15)],
                DARK_BLUE.filled(),
            ))?;
        }
        area.draw(&Text::new(
            n.to_string(),
            (end + 10, y),
            text(SMALL_FONT, &TEXT, HPos::Left),
        ))
    })
}
