//! Messages for the user, on every page, the county's too: what has just
//! happened, and each kind of failed write, said once.

use crate::browser::store::StorageError;
use leptos::prelude::*;
use std::collections::HashSet;

/// What a notice offers to do besides being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeAction {
    /// Bring back the assessment just deleted.
    UndoDelete,
}

/// A message for the user about something that just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
    pub action: Option<NoticeAction>,
}

impl Notice {
    pub fn new(text: impl Into<String>, is_error: bool) -> Notice {
        Notice {
            text: text.into(),
            is_error,
            action: None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Notices {
    notice: RwSignal<Option<Notice>>,
    /// Kinds of write already said to have failed, each said once so that
    /// a failing store does not bury every other message.
    told: StoredValue<HashSet<&'static str>>,
}

impl Notices {
    pub fn new(first: Option<Notice>) -> Notices {
        Notices {
            notice: RwSignal::new(first),
            told: StoredValue::new(HashSet::new()),
        }
    }

    pub fn notice(&self) -> ReadSignal<Option<Notice>> {
        self.notice.read_only()
    }

    /// A new message replaces the last.
    pub fn tell(&self, text: impl Into<String>, is_error: bool) {
        self.notice.set(Some(Notice::new(text, is_error)));
    }

    /// A message with something to do about it.
    pub fn offer(&self, text: impl Into<String>, action: NoticeAction) {
        self.notice.set(Some(Notice {
            action: Some(action),
            ..Notice::new(text, false)
        }));
    }

    pub fn dismiss(&self) {
        self.notice.set(None);
    }

    /// Says, once for each kind, that a write failed and what it costs
    /// (`lost`, a sentence without its full stop).
    pub fn told(&self, lost: &'static str, result: Result<(), StorageError>) {
        let Err(e) = result else {
            return;
        };
        let first = self
            .told
            .try_update_value(|told| told.insert(lost))
            .unwrap_or(false);
        if first {
            self.tell(format!("{lost} ({e})."), true);
        }
    }
}
