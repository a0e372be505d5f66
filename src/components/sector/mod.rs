//! The sector's page (`sector/`): a voluntary or community organisation
//! says, on its phone, how one public body treats it.

pub mod item_question;
pub mod ni7_question;
pub mod organisation_details;
pub mod sector_finished;
pub mod sector_page;
