//! Ids that the seed data refers to, parsed once when the data loads.

use serde::Serialize;
use std::fmt;

/// One option of one part: `"q2.lsp"` in the seed files, checked when the
/// build reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OptionRef {
    pub part: &'static str,
    pub option: &'static str,
}

impl OptionRef {
    pub fn new(part: &'static str, option: &'static str) -> OptionRef {
        OptionRef { part, option }
    }
}

impl fmt::Display for OptionRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.part, self.option)
    }
}

/// The stable id of one of the thirteen standards (`"influence"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct StandardId(pub(crate) &'static str);

impl StandardId {
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl AsRef<str> for StandardId {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl From<&'static str> for StandardId {
    fn from(id: &'static str) -> Self {
        StandardId(id)
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
        f.write_str(self.0)
    }
}
