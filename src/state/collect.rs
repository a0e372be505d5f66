//! The collector's desk: one invitation's collection, kept in this
//! browser's localStorage under the invitation's id as it changes, and
//! changed only through the methods here, named for what the collector did.

use crate::browser::{self, download, storage};
use crate::domain::sector::{Brought, Collection, Invitation, SectorIntake};
use leptos::prelude::*;

/// Where collections are kept, one key per invitation.
pub const COLLECTION_PREFIX: &str = "thriving-third-sector/v2/collection/";

#[derive(Clone, Copy)]
pub struct CollectDesk {
    collection: RwSignal<Collection>,
    /// Why the last change could not be kept, if it could not.
    unkept: RwSignal<Option<String>>,
}

impl CollectDesk {
    /// The collection this browser keeps for `invitation`, or a new one. A
    /// kept copy that cannot be read is set aside, never overwritten.
    pub fn open(invitation: &Invitation) -> CollectDesk {
        let key = format!("{COLLECTION_PREFIX}{}", invitation.id);
        let kept = storage::read(&key);
        let (collection, problem) = match kept {
            Ok(Some(text)) => match serde_json::from_str::<Collection>(&text) {
                Ok(c) => (c, None),
                Err(_) => {
                    let aside = format!("{}{key}", storage::UNREADABLE_PREFIX);
                    let _ = storage::write(&aside, &text);
                    (
                        Collection::new(invitation, &browser::now_iso()),
                        Some(format!("The responses this browser kept for this invitation could not be read. They are set aside under \u{201c}{aside}\u{201d}; this page starts a new collection.")),
                    )
                }
            },
            Ok(None) => (Collection::new(invitation, &browser::now_iso()), None),
            Err(e) => (
                Collection::new(invitation, &browser::now_iso()),
                Some(format!("This browser's storage cannot be read ({e}): responses brought in now are lost on closing the page.")),
            ),
        };
        CollectDesk {
            collection: RwSignal::new(collection),
            unkept: RwSignal::new(problem),
        }
    }

    pub fn collection(&self) -> ReadSignal<Collection> {
        self.collection.read_only()
    }

    /// Why the collection is not kept, if it is not.
    pub fn unkept(&self) -> ReadSignal<Option<String>> {
        self.unkept.read_only()
    }

    fn change<T>(&self, change: impl FnOnce(&mut Collection) -> T) -> T {
        let out = self
            .collection
            .try_update(change)
            .expect("the desk lives with the page");
        self.keep();
        out
    }

    fn keep(&self) {
        let (key, text) = self.collection.with_untracked(|c| {
            let id = c
                .survey
                .invitations
                .first()
                .map(|i| i.id.clone())
                .unwrap_or_default();
            (
                format!("{COLLECTION_PREFIX}{id}"),
                serde_json::to_string(c).expect("a collection is plain data"),
            )
        });
        self.unkept.set(storage::write(&key, &text).err().map(|e| {
            format!("The responses could not be kept in this browser ({e}). They stay on this page until it closes: download the summary before then, and free some space.")
        }));
    }

    /// Codes pasted and files chosen, each with what became of it.
    pub fn bring_in(
        &self,
        text: &str,
        files: Vec<(String, Result<String, String>)>,
    ) -> SectorIntake {
        let now = browser::now_iso();
        self.change(|c| {
            let mut outcomes = Vec::new();
            if !text.trim().is_empty() {
                let intake = c.bring_in_text(text, &now);
                if intake.outcomes.is_empty() {
                    let what = String::from("the pasted text");
                    outcomes.push((what.clone(), Brought::NotAResponse(what)));
                }
                outcomes.extend(intake.outcomes);
            }
            for (name, read) in files {
                outcomes.push(match read {
                    Ok(text) => c.bring_in_file(&name, &text, &now),
                    Err(e) => (name.clone(), Brought::NotAResponse(format!("{name} ({e})"))),
                });
            }
            SectorIntake { outcomes }
        })
    }

    /// Counts the responses answered after the closing date, as the
    /// collector chose to.
    pub fn count_late(&self) {
        self.change(|c| c.survey.count_late());
    }

    /// Downloads today's summary for the body; the next moves on from it.
    pub fn pass_on_summary(&self) -> Result<(), String> {
        let today = browser::today();
        let Some(summary) = self.collection.with_untracked(|c| c.summary(&today)) else {
            return Err("the invitation kept with these responses cannot be read".into());
        };
        // The month, as the summary itself: no finer date travels with it.
        let name = format!(
            "sector-summary-{}-{}.json",
            download::safe_file_stem(&summary.body),
            summary.made
        );
        download::download(&name, "application/json", &summary.to_file())?;
        self.change(|c| c.pass_on(&today));
        Ok(())
    }
}
