//! What the respondent has said: selected options per part and free text per field.

use super::questionnaire::Questionnaire;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// Part id to the ids of the options selected in it; never an empty set.
    #[serde(default)]
    pub choices: BTreeMap<String, BTreeSet<String>>,
    /// Field id to its text; never blank.
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
}

impl Answers {
    pub fn is_selected(&self, part: &str, option: &str) -> bool {
        self.choices.get(part).is_some_and(|s| s.contains(option))
    }

    pub fn selected(&self, part: &str) -> impl Iterator<Item = &str> {
        self.choices
            .get(part)
            .into_iter()
            .flat_map(|s| s.iter().map(String::as_str))
    }

    pub fn part_answered(&self, part: &str) -> bool {
        self.choices.contains_key(part)
    }

    /// Selects or clears one option, keeping radios single and exclusive
    /// options ("No plans") alone in their part. Unknown ids change nothing.
    pub fn set_option(&mut self, q: &Questionnaire, part_id: &str, option_id: &str, on: bool) {
        let Some((_, part)) = q.part(part_id) else {
            return;
        };
        let Some(option) = part.option(option_id) else {
            return;
        };
        let set = self.choices.entry(part_id.to_string()).or_default();
        if !on {
            set.remove(option_id);
        } else if !part.multiple || option.exclusive {
            set.clear();
            set.insert(option_id.to_string());
        } else {
            set.retain(|id| part.option(id).is_some_and(|o| !o.exclusive));
            set.insert(option_id.to_string());
        }
        if set.is_empty() {
            self.choices.remove(part_id);
        }
    }

    /// Stores text as typed; whitespace-only text counts as no answer.
    pub fn set_text(&mut self, field_id: &str, value: &str) {
        if value.trim().is_empty() {
            self.texts.remove(field_id);
        } else {
            self.texts.insert(field_id.to_string(), value.to_string());
        }
    }

    pub fn text(&self, field_id: &str) -> Option<&str> {
        self.texts
            .get(field_id)
            .map(String::as_str)
            .filter(|t| !t.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.choices.is_empty() && self.texts.is_empty()
    }

    /// Ids that the questionnaire does not know, as "part.option" or "field".
    pub fn unknown_ids(&self, q: &Questionnaire) -> Vec<String> {
        let mut unknown = Vec::new();
        for (part_id, options) in &self.choices {
            match q.part(part_id) {
                None => unknown.push(part_id.clone()),
                Some((_, part)) => unknown.extend(
                    options
                        .iter()
                        .filter(|o| part.option(o).is_none())
                        .map(|o| format!("{part_id}.{o}")),
                ),
            }
        }
        unknown.extend(self.texts.keys().filter(|f| q.field(f).is_none()).cloned());
        unknown
    }

    /// A copy without names and contact details.
    pub fn without_personal(&self, q: &Questionnaire) -> Answers {
        let mut copy = self.clone();
        copy.texts
            .retain(|id, _| q.field(id).is_some_and(|(_, f)| !f.personal));
        copy
    }
}
