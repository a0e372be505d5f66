//! UK Government Analysis Function colours: colour-blind safe, each at least
//! 3:1 against white. Every use is paired with words or numbers.

use crate::domain::scoring::Status;
use plotters::style::RGBColor;

pub const DARK_BLUE: RGBColor = RGBColor(0x12, 0x43, 0x6D);
pub const TURQUOISE: RGBColor = RGBColor(0x28, 0xA1, 0x97);
pub const DARK_PINK: RGBColor = RGBColor(0x80, 0x16, 0x50);
pub const ORANGE: RGBColor = RGBColor(0xF4, 0x6A, 0x25);
pub const DARK_GREY: RGBColor = RGBColor(0x3D, 0x3D, 0x3D);
pub const TEXT: RGBColor = RGBColor(0x0B, 0x0C, 0x0C);
pub const GRID: RGBColor = RGBColor(0xB1, 0xB4, 0xB6);

pub fn level_colour(status: Status) -> RGBColor {
    match status {
        Status::Met => DARK_BLUE,
        Status::PartlyMet => TURQUOISE,
        Status::NotMet => DARK_PINK,
        Status::NotAnswered => DARK_GREY,
    }
}
