//! What a workshop room agreed to do about a standard: recorded on the
//! standard's slide, kept with the assessment, and shown as the action plan.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest text kept in one field: a line, not a document.
pub const MAX_AGREED_CHARS: usize = 300;

/// One agreed action. The owner may be a person's name: it is personal, so
/// it stays off the wall while projecting privately and out of exports
/// without names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreedAction {
    pub action: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// By when, as the room said it ("end of March", "2027-03-31").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
}

/// Which field of an agreed action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreedField {
    Action,
    Owner,
    By,
}

impl AgreedAction {
    pub fn is_empty(&self) -> bool {
        self.action.trim().is_empty() && self.owner.trim().is_empty() && self.by.trim().is_empty()
    }

    pub fn get(&self, field: AgreedField) -> &str {
        match field {
            AgreedField::Action => &self.action,
            AgreedField::Owner => &self.owner,
            AgreedField::By => &self.by,
        }
    }
}

/// Agreed actions by standard id ("influence").
pub type AgreedActions = BTreeMap<String, AgreedAction>;

/// Sets one field of a standard's action, cut to [`MAX_AGREED_CHARS`]; an
/// action left empty is removed.
pub fn set_agreed(actions: &mut AgreedActions, standard: &str, field: AgreedField, text: &str) {
    let text: String = text.chars().take(MAX_AGREED_CHARS).collect();
    let entry = actions.entry(standard.to_string()).or_default();
    match field {
        AgreedField::Action => entry.action = text,
        AgreedField::Owner => entry.owner = text,
        AgreedField::By => entry.by = text,
    }
    if entry.is_empty() {
        actions.remove(standard);
    }
}

/// A copy without owners, for exports without names: an action that held
/// only an owner goes with it.
pub fn without_owners(actions: &AgreedActions) -> AgreedActions {
    actions
        .iter()
        .map(|(k, a)| {
            (
                k.clone(),
                AgreedAction {
                    owner: String::new(),
                    ..a.clone()
                },
            )
        })
        .filter(|(_, a)| !a.is_empty())
        .collect()
}
