pub mod app_header;
pub mod backup_reminder;
pub mod kept_aside_banner;
pub mod notice_banner;
pub mod save_status_banner;
pub mod storage_statement;
pub mod switch;
pub mod update_banner;
