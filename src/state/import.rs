//! Importing files: each file is read and checked on its own; a file that
//! fails changes nothing, and one that would replace an assessment already
//! held waits for the user to choose.

use super::{new_id, AppState};
use crate::browser::{self, files};
use crate::domain::assessment::Assessment;
use crate::domain::saved::decode_import;
use leptos::prelude::*;

/// An imported assessment with the same id as one already held.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub file_name: String,
    pub assessment: Assessment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Replace,
    KeepBoth,
    Skip,
}

impl AppState {
    /// Reads the files, adds what they hold, and reports file by file.
    pub async fn import_files(self, files: Vec<web_sys::File>) {
        let mut added: Vec<Assessment> = Vec::new();
        let mut problems = Vec::new();
        let mut already = 0;
        for file in &files {
            let name = file.name();
            let text = match files::read_text(file).await {
                Ok(text) => text,
                Err(e) => {
                    problems.push(format!("Could not open \"{name}\": {e}."));
                    continue;
                }
            };
            let list = match decode_import(&text, self.questionnaire, new_id) {
                Ok(list) => list,
                Err(e) => {
                    problems.push(format!("Could not open \"{name}\": {e}."));
                    continue;
                }
            };
            for a in list {
                let held = self.open.library.with_untracked(|l| l.get(&a.id).cloned());
                match held {
                    Some(h) if h.answers == a.answers && h.body == a.body => already += 1,
                    Some(_) => self.tab.pending_imports.update(|p| {
                        p.push(PendingImport {
                            file_name: name.clone(),
                            assessment: a,
                        })
                    }),
                    None if added.iter().any(|x| x.id == a.id) => already += 1,
                    None => added.push(a),
                }
            }
        }
        self.finish_import(added, already, problems);
    }

    fn finish_import(self, added: Vec<Assessment>, already: usize, problems: Vec<String>) {
        let blank_current = self
            .open
            .assessment()
            .with_untracked(|a| a.is_blank().then(|| a.id.clone()));
        let open = (added.len() == 1).then(|| added[0].id.clone());
        let mut parts = Vec::new();
        match added.as_slice() {
            [] => {}
            [one] => parts.push(format!("Opened the assessment for {}.", one.display_name())),
            many => parts.push(format!("Added {} assessments to your list.", many.len())),
        }
        if already > 0 {
            parts.push(format!("{already} already held here unchanged."));
        }
        let waiting = self.tab.pending_imports.with_untracked(Vec::len);
        if waiting > 0 {
            parts.push(format!(
                "{waiting} would replace an assessment you hold: choose what to do below."
            ));
        }
        let failed = !problems.is_empty();
        if failed {
            parts.extend(problems);
            parts.push("Nothing else has been changed.".into());
        }
        for a in added {
            self.add(a);
        }
        if let (Some(_), Some(blank)) = (&open, blank_current) {
            // A fresh, untouched assessment is not worth keeping beside an import.
            self.discard(&blank);
        }
        // Told first: opening may load another page, and the notice goes
        // with it.
        if !parts.is_empty() {
            self.tell(parts.join(" "), failed);
        }
        if let Some(id) = open {
            self.open_assessment(&id);
        }
    }

    /// The user's choice for the first import waiting on one.
    pub fn resolve_import(self, choice: Resolution) {
        let Some(p) = self
            .tab
            .pending_imports
            .try_update(|p| (!p.is_empty()).then(|| p.remove(0)))
            .flatten()
        else {
            return;
        };
        let name = p.assessment.display_name().to_string();
        match choice {
            Resolution::Replace => {
                let mut a = p.assessment;
                let held = self
                    .open
                    .library
                    .with_untracked(|l| l.get(&a.id).map(|h| h.revision))
                    .unwrap_or(0);
                // Newer than what is held, so the save is not taken for a clash.
                a.revision = a.revision.max(held) + 1;
                let is_open = self.open.current_id.get_untracked() == a.id;
                self.add(a);
                if is_open {
                    self.open.epoch.update(|e| *e += 1);
                }
                self.tell(
                    format!(
                        "Replaced the assessment for {name} with the one in \"{}\".",
                        p.file_name
                    ),
                    false,
                );
            }
            Resolution::KeepBoth => {
                let copy = p
                    .assessment
                    .copy_as(new_id(), &browser::now_iso(), "(imported)");
                self.add(copy);
                self.tell(
                    format!(
                        "Added the assessment from \"{}\" as a copy beside the one you hold.",
                        p.file_name
                    ),
                    false,
                );
            }
            Resolution::Skip => {
                self.tell(format!("Left the assessment for {name} as it was."), false)
            }
        }
    }
}
