//! Presentation mode: one question per screen for a room, results revealed
//! on a key, a presenter's window and an audience's window kept in step.

pub mod audience_page;
pub mod chart_slide;
pub mod key_help;
pub mod keys;
pub mod present_page;
pub mod presentation_controls;
pub mod presenter_notes;
pub mod question_slide;
pub mod slide;
pub mod standard_slide;
