pub mod answer_field;
pub mod answer_list;
pub mod check_answers;
pub mod choice_part;
pub mod question_page;
pub mod start_page;
pub mod status_tag;
pub mod task_list;
