//! The county picture's first page (`county/`): bringing many bodies'
//! results together, from files, this browser or the 2010 respondents.

pub mod body_list;
pub mod browser_assessments;
pub mod county_intake;
pub mod set_aside_list;
pub mod set_panel;
