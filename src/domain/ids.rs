//! Ids that the seed data refers to, parsed once when the data loads.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One option of one part: `"q2.lsp"` in the seed files.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub struct OptionRef {
    pub part: String,
    pub option: String,
}

impl OptionRef {
    pub fn new(part: impl Into<String>, option: impl Into<String>) -> OptionRef {
        OptionRef {
            part: part.into(),
            option: option.into(),
        }
    }
}

impl TryFrom<String> for OptionRef {
    type Error = String;

    fn try_from(reference: String) -> Result<Self, Self::Error> {
        match reference.split_once('.') {
            Some((part, option))
                if !part.is_empty() && !option.is_empty() && !option.contains('.') =>
            {
                Ok(OptionRef::new(part, option))
            }
            _ => Err(format!(
                "\"{reference}\" is not an option reference (part.option)"
            )),
        }
    }
}

impl fmt::Display for OptionRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.part, self.option)
    }
}

/// The stable id of one of the thirteen standards (`"influence"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StandardId(String);

impl StandardId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for StandardId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for StandardId {
    fn from(id: &str) -> Self {
        StandardId(id.to_string())
    }
}

impl PartialEq<str> for StandardId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for StandardId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for StandardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
