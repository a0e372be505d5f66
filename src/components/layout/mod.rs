pub mod app_header;
pub mod notice_banner;
pub mod save_status_banner;
pub mod storage_statement;
