//! The saved and exported format: versioned JSON, read back with clear errors.

use super::assessment::Assessment;
use super::questionnaire::Questionnaire;
use super::scoring::{score_all, StandardScore, Summary};
use super::standards::StandardSet;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Bump on any change to the shape of [`Assessment`], with a migration.
pub const SCHEMA_VERSION: u32 = 1;
/// Marks an export file as ours, so other JSON is refused with a clear message.
pub const FORMAT: &str = "thriving-third-sector-assessment";
/// Larger files are refused before parsing: a real assessment is a few KB.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// What localStorage holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedState {
    pub schema_version: u32,
    pub questionnaire_version: String,
    pub assessment: Assessment,
}

/// What an export file holds: the saved state plus scores for readers of
/// the file. Only `schema_version` and `assessment` are read back.
#[derive(Debug, Clone, Serialize)]
pub struct ExportDocument<'a> {
    pub format: &'static str,
    pub schema_version: u32,
    pub questionnaire_version: &'a str,
    pub app_version: &'static str,
    pub exported_at: &'a str,
    pub assessment: &'a Assessment,
    pub summary: Summary,
    pub scores: Vec<StandardScore>,
}

pub fn encode_saved(assessment: &Assessment, q: &Questionnaire) -> String {
    serde_json::to_string(&SavedState {
        schema_version: SCHEMA_VERSION,
        questionnaire_version: q.version.clone(),
        assessment: assessment.clone(),
    })
    .expect("an assessment always serialises")
}

/// Pretty JSON for a download; `with_personal` false drops names and contacts.
pub fn encode_export(
    assessment: &Assessment,
    q: &Questionnaire,
    set: &StandardSet,
    exported_at: &str,
    with_personal: bool,
) -> String {
    let mut copy = assessment.clone();
    if !with_personal {
        copy.answers = copy.answers.without_personal(q);
        copy.body.completed_by.clear();
    }
    let scores = score_all(set, q, &copy.answers);
    let doc = ExportDocument {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        questionnaire_version: &q.version,
        app_version: env!("CARGO_PKG_VERSION"),
        exported_at,
        assessment: &copy,
        summary: Summary::of(&scores),
        scores,
    };
    serde_json::to_string_pretty(&doc).expect("an export always serialises")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    TooLarge { bytes: usize },
    NotJson(String),
    NotAnAssessment(String),
    NewerVersion { found: u64 },
    UnknownIds(Vec<String>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => write!(
                f,
                "it is too large ({} KB; an assessment is at most {} KB)",
                bytes / 1024,
                MAX_IMPORT_BYTES / 1024
            ),
            LoadError::NotJson(e) => write!(f, "it is not a JSON file ({e})"),
            LoadError::NotAnAssessment(why) => write!(f, "it is not a saved assessment ({why})"),
            LoadError::NewerVersion { found } => write!(
                f,
                "it was saved by a newer version of this tool (format {found}; this version reads up to {SCHEMA_VERSION}). Use the newer version, or ask whoever sent it for a file from this one"
            ),
            LoadError::UnknownIds(ids) => write!(
                f,
                "it answers questions or options this questionnaire does not have: {}",
                ids.join(", ")
            ),
        }
    }
}

/// Reads a saved state or an export file back into an assessment.
pub fn decode(text: &str, q: &Questionnaire) -> Result<Assessment, LoadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let object = value
        .as_object()
        .ok_or_else(|| LoadError::NotAnAssessment("the file holds no object".into()))?;
    if let Some(format) = object.get("format") {
        if format.as_str() != Some(FORMAT) {
            return Err(LoadError::NotAnAssessment(
                "its \"format\" names another kind of file".into(),
            ));
        }
    }
    let version = object
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| LoadError::NotAnAssessment("it has no schema_version".into()))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(LoadError::NotAnAssessment(
            "schema_version 0 never existed".into(),
        ));
    }
    let assessment = object
        .get("assessment")
        .ok_or_else(|| LoadError::NotAnAssessment("it has no assessment".into()))?;
    let assessment: Assessment = serde_json::from_value(assessment.clone())
        .map_err(|e| LoadError::NotAnAssessment(e.to_string()))?;
    let unknown = assessment.answers.unknown_ids(q);
    if !unknown.is_empty() {
        return Err(LoadError::UnknownIds(unknown));
    }
    Ok(assessment)
}
