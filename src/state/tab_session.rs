//! What belongs to this tab's visit: the page and route shown, changes
//! since the last download, imports awaiting a choice, and the assessment
//! just deleted (held in memory only, so a deletion is final once the page
//! is closed).

use super::import::PendingImport;
use crate::domain::assessment::Assessment;
use crate::domain::route::{Page, Route};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct TabSession {
    /// The HTML page this is: which routes it shows itself.
    pub(super) page: Page,
    pub(super) route: RwSignal<Route>,
    /// Changes since the last download, for the backup reminder.
    pub(super) changes_since_backup: RwSignal<u32>,
    /// Imports that would replace an assessment held, awaiting a choice.
    pub(super) pending_imports: RwSignal<Vec<PendingImport>>,
    /// The last assessment deleted, for Undo.
    pub(super) recently_deleted: RwSignal<Option<Assessment>>,
}

impl TabSession {
    pub(super) fn new(page: Page, route: Route, changes_since_backup: u32) -> TabSession {
        TabSession {
            page,
            route: RwSignal::new(route),
            changes_since_backup: RwSignal::new(changes_since_backup),
            pending_imports: RwSignal::new(Vec::new()),
            recently_deleted: RwSignal::new(None),
        }
    }

    pub fn page(&self) -> Page {
        self.page
    }

    pub fn route(&self) -> ReadSignal<Route> {
        self.route.read_only()
    }

    /// A link to `route` from this page.
    pub fn href(&self, route: &Route) -> String {
        route.href(self.page)
    }

    pub fn changes_since_backup(&self) -> ReadSignal<u32> {
        self.changes_since_backup.read_only()
    }

    pub fn pending_imports(&self) -> ReadSignal<Vec<PendingImport>> {
        self.pending_imports.read_only()
    }
}
