pub mod assessment_row;
pub mod assessments_page;
