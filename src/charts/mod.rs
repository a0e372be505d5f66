//! Charts drawn with plotters as SVG strings: sharp at any size, printable,
//! and able to carry `role="img"`, `<title>` and `<desc>`. No user text is
//! ever drawn into a chart, only questionnaire and standard labels.

pub mod change_chart;
pub mod county_chart;
mod frame;
pub mod gap_chart;
mod palette;
pub mod peer_chart;
pub mod qr;
pub mod sector_chart;
pub mod spread_chart;
mod svg;

pub use gap_chart::gap_chart_svg;
