//! The frame shared by the charts: one row per standard, its name on the
//! left, column headings on top. Each chart draws only what is in its rows.

use super::palette::TEXT;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

pub const WIDTH: u32 = 1000;
pub const ROW: i32 = 50;
pub const TOP: i32 = 64;
/// Right edge of the standard names.
pub const LABEL_RIGHT: i32 = 330;
/// Where the drawing of each row starts.
pub const PLOT_LEFT: i32 = 345;
/// plotters draws text at 1/1.24 of the size asked: about 24 units in 1000,
/// which is about 24 px on a 1024-wide projector.
pub const FONT: u32 = 30;
pub const SMALL_FONT: u32 = 26;

pub fn size(rows: usize) -> (u32, u32) {
    (WIDTH, (TOP + ROW * rows as i32 + 16) as u32)
}

pub fn text<'a>(size: u32, colour: &'a RGBColor, h: HPos) -> TextStyle<'a> {
    ("sans-serif", size)
        .into_font()
        .color(colour)
        .pos(Pos::new(h, VPos::Center))
}

pub fn bold<'a>(size: u32, colour: &'a RGBColor, h: HPos) -> TextStyle<'a> {
    ("sans-serif", size)
        .into_font()
        .style(FontStyle::Bold)
        .color(colour)
        .pos(Pos::new(h, VPos::Center))
}

/// The vertical centre of row `i`.
pub fn row_y(i: usize) -> i32 {
    TOP + ROW * i as i32 + ROW / 2
}

/// A vertical line through every row, marking a level.
pub struct Guide {
    pub x: i32,
    pub style: ShapeStyle,
}

/// Draws the background, the column headings, the guides and the row names,
/// then each row through `draw_row(area, index, centre_y)`.
pub fn draw_frame(
    out: &mut String,
    labels: &[String],
    headings: &[(i32, &str, HPos)],
    guides: &[Guide],
    mut draw_row: impl FnMut(&Area, usize, i32) -> DrawResult,
) -> DrawResult {
    let root = SVGBackend::with_string(out, size(labels.len())).into_drawing_area();
    root.fill(&WHITE)?;
    for (x, heading, anchor) in headings {
        root.draw(&Text::new(
            *heading,
            (*x, TOP - 30),
            bold(SMALL_FONT, &TEXT, *anchor),
        ))?;
    }
    let bottom = TOP + ROW * labels.len() as i32;
    for guide in guides {
        root.draw(&PathElement::new(
            vec![(guide.x, TOP - 8), (guide.x, bottom)],
            guide.style,
        ))?;
    }
    for (i, label) in labels.iter().enumerate() {
        let y = row_y(i);
        root.draw(&Text::new(
            label.as_str(),
            (LABEL_RIGHT, y),
            text(FONT, &TEXT, HPos::Right),
        ))?;
        draw_row(&root, i, y)?;
    }
    root.present()?;
    Ok(())
}

/// Names for the row labels: short titles, the key driver marked in words.
pub fn row_labels(standards: &[&crate::domain::standards::Standard]) -> Vec<String> {
    standards
        .iter()
        .map(|s| {
            if s.key_driver {
                format!("{} (key)", s.short_title)
            } else {
                s.short_title.to_string()
            }
        })
        .collect()
}
