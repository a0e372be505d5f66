//! The peer chart: the body's status beside how many of the fifteen
//! Hertfordshire respondents of 2010 met each standard.

use super::frame::{draw_frame, row_labels, size, text, DrawResult, FONT, SMALL_FONT};
use super::palette::{DARK_BLUE, TEXT, TURQUOISE};
use super::svg::accessible;
use crate::domain::ids::StandardId;
use crate::domain::peers::PeerTally;
use crate::domain::scoring::{StandardScore, Status};
use crate::domain::standards::StandardSet;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use std::collections::BTreeMap;

const YOU_X: i32 = 345;
const BAR_X: i32 = 530;
/// Width of one body in the bar.
const UNIT: i32 = 17;

fn short(score: &StandardScore) -> &'static str {
    match score.status {
        Status::NotAnswered => "Not answered",
        _ => score.short_label(),
    }
}

pub fn peer_chart_title() -> &'static str {
    "Peer chart: your status beside how many of the 15 Hertfordshire respondents of 2010 met each standard"
}

pub fn peer_chart_description(
    scores: &[StandardScore],
    tallies: &BTreeMap<StandardId, PeerTally>,
    set: &StandardSet,
) -> String {
    let parts: Vec<String> = scores
        .iter()
        .filter_map(|s| Some((s, tallies.get(&s.standard_id)?)))
        .map(|(s, t)| {
            format!(
                "{}: you {}, {} of {} met and {}",
                s.standard(set).short_title,
                s.short_label().to_ascii_lowercase(),
                t.met,
                t.total(),
                t.partly_words()
            )
        })
        .collect();
    format!("{}.", parts.join("; "))
}

pub fn peer_chart_svg(
    scores: &[StandardScore],
    tallies: &BTreeMap<StandardId, PeerTally>,
    set: &StandardSet,
) -> String {
    let standards: Vec<_> = scores.iter().map(|s| s.standard(set)).collect();
    let labels = row_labels(&standards);
    let mut raw = String::new();
    draw(&mut raw, &labels, scores, tallies).expect("drawing into a string cannot fail");
    accessible(
        &raw,
        "peer-chart",
        size(scores.len()),
        peer_chart_title(),
        &peer_chart_description(scores, tallies, set),
    )
}

fn draw(
    out: &mut String,
    labels: &[String],
    scores: &[StandardScore],
    tallies: &BTreeMap<StandardId, PeerTally>,
) -> DrawResult {
    let headings = [
        (YOU_X, "You", HPos::Left),
        (BAR_X, "Hertfordshire 2010 (15 bodies)", HPos::Left),
    ];
    draw_frame(out, labels, &headings, &[], |area, i, y| {
        area.draw(&Text::new(
            short(&scores[i]),
            (YOU_X, y),
            text(FONT, &TEXT, HPos::Left),
        ))?;
        // Every standard has a tally: both come from the same set.
        let Some(tally) = tallies.get(&scores[i].standard_id) else {
            return Ok(());
        };
        let met_end = BAR_X + UNIT * tally.met as i32;
        let practice_end = met_end + UNIT * (tally.partly_met - tally.planned) as i32;
        let partly_end = met_end + UNIT * tally.partly_met as i32;
        // The whole fifteen as an outline, so the share is visible.
        area.draw(&Rectangle::new(
            [
                (BAR_X, y - 15),
                (BAR_X + UNIT * tally.total() as i32, y + 15),
            ],
            TEXT.stroke_width(1),
        ))?;
        if met_end > BAR_X {
            area.draw(&Rectangle::new(
                [(BAR_X, y - 15), (met_end, y + 15)],
                DARK_BLUE.filled(),
            ))?;
        }
        if practice_end > met_end {
            area.draw(&Rectangle::new(
                [(met_end, y - 15), (practice_end, y + 15)],
                TURQUOISE.filled(),
            ))?;
        }
        // Partly met on a plan alone is hollow, as in the gap chart.
        if partly_end > practice_end {
            area.draw(&Rectangle::new(
                [(practice_end + 2, y - 13), (partly_end - 2, y + 13)],
                TURQUOISE.stroke_width(3),
            ))?;
        }
        let words = match tally.planned {
            0 => format!("{} met, {} partly", tally.met, tally.partly_met),
            p => format!("{} met, {} partly ({p} plan)", tally.met, tally.partly_met),
        };
        let x = BAR_X + UNIT * tally.total() as i32 + 10;
        area.draw(&Text::new(
            words,
            (x, y),
            text(SMALL_FONT, &TEXT, HPos::Left),
        ))
    })
}
