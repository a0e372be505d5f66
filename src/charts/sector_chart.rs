//! The sector's view beside the body's own: one row per standard, the share
//! of responses saying no to the left of the centre line, yes then partly
//! to the right, don't know as a count, and the body's own verdict in words.

use super::frame::{bold, draw_frame, row_labels, text, DrawResult, Guide, PLOT_LEFT, SMALL_FONT};
use super::palette::{DARK_BLUE, DARK_GREY, DARK_PINK, GRID, TEXT, TURQUOISE};
use super::svg::accessible;
use crate::domain::scoring::StandardScore;
use crate::domain::sector::{ItemShares, SectorQuestions};
use crate::domain::standards::StandardSet;
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;

/// Where no meets yes: a whole share of responses is `HALF` wide each way.
const CENTRE: i32 = PLOT_LEFT + 200;
const HALF: i32 = 190;
/// Where the body's own verdict is written.
const OWN: i32 = CENTRE + HALF + 40;

pub fn sector_chart_title(responses: usize) -> String {
    format!("The sector's view: {responses} responses, per standard, beside your own verdict")
}

/// What a row without five answers with a view says instead of bars.
pub const TOO_FEW: &str = "fewer than 5 answers";

/// Each standard's counts and the body's verdict, for `<desc>`.
pub fn sector_chart_description(
    questions: &SectorQuestions,
    set: &StandardSet,
    shares: &[Option<ItemShares>],
    scores: &[StandardScore],
) -> String {
    questions
        .items
        .iter()
        .zip(shares)
        .map(|(item, s)| {
            let title = set.standard(item.standard).map_or("", |st| st.short_title);
            let own = item.own_score(scores).map_or("not scored", |sc| sc.label());
            let answers = s.map_or_else(
                || format!("{TOO_FEW} with a view"),
                |s| {
                    format!(
                        "yes {}, partly {}, no {}, don't know {}",
                        s.yes, s.partly, s.no, s.dont_know
                    )
                },
            );
            format!(
                "{title}: {answers}; your verdict {}.",
                own.to_ascii_lowercase()
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn sector_chart_svg(
    questions: &SectorQuestions,
    set: &StandardSet,
    shares: &[Option<ItemShares>],
    scores: &[StandardScore],
    responses: usize,
) -> String {
    let standards: Vec<_> = questions
        .items
        .iter()
        .filter_map(|i| set.standard(i.standard))
        .collect();
    let labels = row_labels(&standards);
    let own: Vec<&str> = questions
        .items
        .iter()
        .map(|item| item.own_score(scores).map_or("", |sc| sc.short_label()))
        .collect();
    let mut raw = String::new();
    draw(&mut raw, &labels, shares, &own, responses.max(1))
        .expect("drawing into a string cannot fail");
    accessible(
        &raw,
        "sector-chart",
        super::frame::size(labels.len()),
        &sector_chart_title(responses),
        &sector_chart_description(questions, set, shares, scores),
    )
}

fn draw(
    out: &mut String,
    labels: &[String],
    shares: &[Option<ItemShares>],
    own: &[&str],
    total: usize,
) -> DrawResult {
    let width = |n: usize| (HALF as usize * n / total) as i32;
    let headings = [
        (CENTRE - 10, "No", HPos::Right),
        (CENTRE + 10, "Yes, partly", HPos::Left),
        (OWN, "Yours", HPos::Left),
    ];
    let guides = [Guide {
        x: CENTRE,
        style: GRID.stroke_width(2),
    }];
    draw_frame(out, labels, &headings, &guides, |area, i, y| {
        let own_verdict = Text::new(
            own.get(i).copied().unwrap_or_default(),
            (OWN, y),
            bold(SMALL_FONT, &TEXT, HPos::Left),
        );
        let Some(s) = shares.get(i).copied().flatten() else {
            area.draw(&Text::new(
                TOO_FEW,
                (CENTRE + 10, y),
                text(SMALL_FONT, &DARK_GREY, HPos::Left),
            ))?;
            return area.draw(&own_verdict);
        };
        let bar = |from: i32, to: i32, colour: &RGBColor| -> DrawResult {
            if to != from {
                area.draw(&Rectangle::new(
                    [(from.min(to), y - 14), (from.max(to), y + 14)],
                    colour.filled(),
                ))?;
            }
            Ok(())
        };
        bar(CENTRE - width(s.no), CENTRE, &DARK_PINK)?;
        let yes_end = CENTRE + width(s.yes);
        bar(CENTRE, yes_end, &DARK_BLUE)?;
        let partly_end = yes_end + width(s.partly);
        bar(yes_end, partly_end, &TURQUOISE)?;
        if s.dont_know > 0 {
            area.draw(&Text::new(
                format!("?{}", s.dont_know),
                (partly_end + 8, y),
                text(SMALL_FONT, &DARK_GREY, HPos::Left),
            ))?;
        }
        area.draw(&own_verdict)
    })
}
