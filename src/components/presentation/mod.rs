//! Presentation mode: one question per screen for a room, results revealed
//! on a key, a presenter's window and the room's window kept in step.

pub mod actions_slide;
pub mod agreed_action_form;
pub mod audience_page;
pub mod audience_status;
pub mod chart_slide;
pub mod facilitation_notes;
pub mod free_text_panel;
pub mod invite_slide;
pub mod key_help;
pub mod keys;
pub mod present_page;
pub mod presentation_controls;
pub mod presenter_clock;
pub mod question_overview;
pub mod question_slide;
pub mod recap_slide;
pub mod sector_slide;
pub mod slide;
pub mod slide_mode;
pub mod standard_slide;
