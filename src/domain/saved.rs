//! The saved and exported format: versioned JSON, migrated in order on load,
//! read back with a clear error for anything else.

use super::agreed::without_owners;
use super::assessment::Assessment;
use super::county::ReportText;
use super::pretty_json::pretty;
use super::questionnaire::Questionnaire;
use super::scoring::{StandardScore, Summary};
use super::standards::StandardSet;
use serde::Serialize;
use serde_json::{json, Value};
use std::fmt;

/// Bump on any change to the shape of [`Assessment`], adding a step to
/// [`MIGRATIONS`] and a fixture of the old version to `tests/fixtures`.
pub const SCHEMA_VERSION: u32 = 8;
/// Marks a file of one assessment as ours.
pub const FORMAT: &str = "thriving-third-sector-assessment";
/// Marks a file of several assessments.
pub const COLLECTION_FORMAT: &str = "thriving-third-sector-collection";
/// The JSON Schema (draft 2020-12) of a file of one assessment of this
/// version, by its `$id`, written first in every export as `$schema`. The
/// schemas of every version are in `seeds/schema/`, served with the site at
/// `schema/`; the `.invalid` host says that the name is never fetched.
pub const ASSESSMENT_SCHEMA: &str =
    "https://vcs-self-assessment.invalid/schema/assessment-v8.schema.json";
/// The JSON Schema of a file of several assessments, as [`ASSESSMENT_SCHEMA`].
pub const COLLECTION_SCHEMA: &str =
    "https://vcs-self-assessment.invalid/schema/collection-v8.schema.json";
/// Larger files are refused before parsing: an assessment is a few KB, and
/// a facilitator's collection of a region's 400 bodies about 4 MB.
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// What a step may need beside the assessment object itself.
struct Context<'a> {
    /// An id for versions that had none.
    fresh_id: &'a str,
    /// The record's own `questionnaire_version`, beside the assessment.
    questionnaire_version: Option<&'a str>,
}

/// One step: changes a stored assessment object in place.
type Migration = fn(&mut serde_json::Map<String, Value>, &Context);

/// Migration steps, in order: `MIGRATIONS[0]` takes version 1 to 2.
const MIGRATIONS: &[Migration] = &[
    v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6, v6_to_v7, v7_to_v8,
];

/// Version 2 gave each assessment an id, a creation time, a revision and the
/// id of the assessment it was derived from, for the list of assessments.
fn v1_to_v2(assessment: &mut serde_json::Map<String, Value>, cx: &Context) {
    let updated = assessment.get("updated_at").cloned().unwrap_or(json!(""));
    assessment.insert("id".into(), json!(cx.fresh_id));
    assessment.insert("created_at".into(), updated);
    assessment.insert("revision".into(), json!(1));
    assessment.insert("derived_from".into(), Value::Null);
}

/// What a version 2 answer to question 8 said, kept in its details when
/// version 3 split it.
pub const SPLIT_Q8_NOTE: &str = "Earlier answer, before question 8 told community engagement apart from volunteering: \"Only community engagement or volunteering is mentioned\". Please choose again.";

/// Version 3 (questionnaire 2010-appendix5.2) split question 8's "only
/// community engagement or volunteering" in two. Which one was meant cannot
/// be known, so the choice is cleared, its words kept in the details, and
/// the question shows as unanswered until the user chooses again. Every
/// other answer keeps its meaning: question 6.3 was always about plans.
fn v2_to_v3(assessment: &mut serde_json::Map<String, Value>, _: &Context) {
    let Some(Value::Object(answers)) = assessment.get_mut("answers") else {
        return;
    };
    let had_split = answers
        .get_mut("choices")
        .and_then(Value::as_object_mut)
        .is_some_and(|choices| {
            let split = choices
                .get("q8")
                .and_then(Value::as_array)
                .is_some_and(|o| o.iter().any(|o| o == "engagement_only"));
            if split {
                choices.remove("q8");
            }
            split
        });
    if !had_split {
        return;
    }
    let texts = answers
        .entry("texts")
        .or_insert_with(|| json!({}))
        .as_object_mut();
    if let Some(texts) = texts {
        let details = match texts.get("q8_details").and_then(Value::as_str) {
            Some(old) if !old.trim().is_empty() => format!("{SPLIT_Q8_NOTE}\n\n{old}"),
            _ => SPLIT_Q8_NOTE.to_string(),
        };
        texts.insert("q8_details".into(), json!(details));
    }
}

/// The questionnaire a record of versions 1 to 3 names beside it, when it
/// names none: every such record was written by 2010-appendix5.1 or later.
const OLDEST_RECORDED: &str = "2010-appendix5.1";

/// Version 4 keeps the questionnaire version inside each assessment, so that
/// options added since are "not asked" of it, never "no": taken from the
/// record's own `questionnaire_version`, which every earlier record carried.
fn v3_to_v4(assessment: &mut serde_json::Map<String, Value>, cx: &Context) {
    let version = cx.questionnaire_version.unwrap_or(OLDEST_RECORDED);
    assessment
        .entry("questionnaire_version")
        .or_insert_with(|| json!(version));
}

/// Version 5 keeps the actions a workshop agreed (`agreed`): no record
/// before it has any, and an absent field reads as none, so nothing moves.
fn v4_to_v5(_: &mut serde_json::Map<String, Value>, _: &Context) {}

/// Version 6 keeps the sector's view (`sector`): invitations made and
/// responses brought back. Nothing to change: older records had none.
fn v5_to_v6(_: &mut serde_json::Map<String, Value>, _: &Context) {}

/// Version 7 reads "VCS2" response codes (a revision beside a shorter id)
/// and keeps whether a late response was counted on purpose. Nothing to
/// change: "VCS1" codes read as before. A response that version 6 counted
/// although it came after its closing date is now shown apart, with the
/// button that counts it, rather than counted unseen.
fn v6_to_v7(_: &mut serde_json::Map<String, Value>, _: &Context) {}

/// Version 8 keeps, for an invitation that names a collector, the
/// collector's summary (`sector.summaries`), and whether an organisation
/// agreed that its comment be passed on. Nothing to change: no invitation
/// before it named a collector.
fn v7_to_v8(_: &mut serde_json::Map<String, Value>, _: &Context) {}

/// One assessment as exported with its scores.
#[derive(Debug, Clone, Serialize)]
pub struct ExportDocument<'a> {
    /// [`ASSESSMENT_SCHEMA`] in a file of its own; none in a collection,
    /// whose `$schema` covers its assessments. Never read back.
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<&'static str>,
    pub format: &'static str,
    pub schema_version: u32,
    pub questionnaire_version: &'a str,
    pub app_version: &'static str,
    pub exported_at: &'a str,
    pub assessment: Assessment,
    pub summary: Summary,
    pub scores: Vec<StandardScore>,
}

#[derive(Debug, Clone, Serialize)]
struct Collection<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    format: &'static str,
    schema_version: u32,
    questionnaire_version: &'a str,
    app_version: &'static str,
    exported_at: &'a str,
    /// The county report's title and texts, when a facilitator wrote any.
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<&'a ReportText>,
    assessments: Vec<ExportDocument<'a>>,
}

/// What localStorage holds for one assessment.
pub fn encode_saved(assessment: &Assessment, q: &Questionnaire) -> String {
    serde_json::to_string(&SavedRecord {
        assessment,
        questionnaire_version: q.version,
        schema_version: SCHEMA_VERSION,
    })
    .expect("an assessment always serialises")
}

/// A record in storage. Written straight from the types: building a JSON
/// value first would compile every type's serialiser a second time.
#[derive(Serialize)]
struct SavedRecord<'a> {
    assessment: &'a Assessment,
    questionnaire_version: &'a str,
    schema_version: u32,
}

fn export_document<'a>(
    assessment: &Assessment,
    q: &'a Questionnaire,
    set: &StandardSet,
    exported_at: &'a str,
    with_personal: bool,
) -> ExportDocument<'a> {
    let mut copy = assessment.clone();
    if !with_personal {
        copy.answers = copy.answers.without_personal(q);
        copy.body.completed_by.clear();
        copy.agreed = without_owners(&copy.agreed);
        copy.sector = copy
            .sector
            .without_personal(assessment.display_name(), exported_at);
    }
    let scores = copy.scores(set, q);
    ExportDocument {
        schema: Some(ASSESSMENT_SCHEMA),
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        questionnaire_version: q.version,
        app_version: env!("CARGO_PKG_VERSION"),
        exported_at,
        assessment: copy,
        summary: Summary::of(&scores),
        scores,
    }
}

/// Pretty JSON of one assessment and its scores; `with_personal` false drops
/// names and contact details.
pub fn encode_export(
    assessment: &Assessment,
    q: &Questionnaire,
    set: &StandardSet,
    exported_at: &str,
    with_personal: bool,
) -> String {
    pretty(
        &serde_json::to_string(&export_document(
            assessment,
            q,
            set,
            exported_at,
            with_personal,
        ))
        .expect("an export always serialises"),
    )
}

/// Pretty JSON of several assessments, for a facilitator's collection.
pub fn encode_export_all(
    assessments: &[&Assessment],
    q: &Questionnaire,
    set: &StandardSet,
    exported_at: &str,
    with_personal: bool,
) -> String {
    encode_collection(assessments, q, set, exported_at, with_personal, None)
}

/// A collection with the county report's texts, kept with the set.
pub fn encode_collection(
    assessments: &[&Assessment],
    q: &Questionnaire,
    set: &StandardSet,
    exported_at: &str,
    with_personal: bool,
    report: Option<&ReportText>,
) -> String {
    let doc = Collection {
        schema: COLLECTION_SCHEMA,
        format: COLLECTION_FORMAT,
        schema_version: SCHEMA_VERSION,
        questionnaire_version: q.version,
        app_version: env!("CARGO_PKG_VERSION"),
        exported_at,
        report: report.filter(|r| !r.is_empty()),
        assessments: assessments
            .iter()
            .map(|a| ExportDocument {
                schema: None,
                ..export_document(a, q, set, exported_at, with_personal)
            })
            .collect(),
    };
    let text = pretty(&serde_json::to_string(&doc).expect("an export always serialises"));
    // What the ids mean, for analysts (`labels`, never read back): written
    // as JSON when the app is built, and put in before the assessments.
    text.replacen(
        "\n  \"assessments\": [",
        &format!(
            "\n  \"labels\": {},\n  \"assessments\": [",
            super::seeds::LABELS_JSON
        ),
        1,
    )
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
                "it is too large ({} KB; a file of assessments is at most {} KB)",
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

fn not_assessment(why: &str) -> LoadError {
    LoadError::NotAnAssessment(why.into())
}

/// Reads one stored or exported assessment, migrating older versions;
/// `fresh_id` names it if its version had no ids.
pub fn decode(text: &str, q: &Questionnaire, fresh_id: &str) -> Result<Assessment, LoadError> {
    let value = parse(text)?;
    decode_value(value, q, fresh_id)
}

/// Reads an import file: one assessment, or a collection of them.
pub fn decode_import(
    text: &str,
    q: &Questionnaire,
    fresh_id: impl FnMut() -> String,
) -> Result<Vec<Assessment>, LoadError> {
    decode_value_or_collection(parse(text)?, q, fresh_id)
}

/// What an import file holds: its assessments, and the county report's
/// texts where a collection carries them.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub assessments: Vec<Assessment>,
    /// None when absent or malformed: never a reason to refuse the
    /// assessments.
    pub report: Option<ReportText>,
}

/// Reads an import file as [`decode_import`] does, in one parse keeping
/// the report's texts too. Apart, so that pages without the county report
/// carry no reader of its texts.
pub fn decode_collection(
    text: &str,
    q: &Questionnaire,
    fresh_id: impl FnMut() -> String,
) -> Result<Imported, LoadError> {
    let value = parse(text)?;
    let report = value
        .get("report")
        .filter(|_| value.get("format").and_then(Value::as_str) == Some(COLLECTION_FORMAT))
        .and_then(ReportText::from_value);
    Ok(Imported {
        assessments: decode_value_or_collection(value, q, fresh_id)?,
        report,
    })
}

/// One assessment, or every assessment of a collection.
fn decode_value_or_collection(
    value: Value,
    q: &Questionnaire,
    mut fresh_id: impl FnMut() -> String,
) -> Result<Vec<Assessment>, LoadError> {
    if value.get("format").and_then(Value::as_str) != Some(COLLECTION_FORMAT) {
        return decode_value(value, q, &fresh_id()).map(|a| vec![a]);
    }
    check_version(&value)?;
    let list = value
        .get("assessments")
        .and_then(Value::as_array)
        .ok_or_else(|| not_assessment("the collection has no list of assessments"))?;
    if list.is_empty() {
        return Err(not_assessment("the collection is empty"));
    }
    list.iter()
        .map(|item| decode_value(item.clone(), q, &fresh_id()))
        .collect()
}

fn parse(text: &str) -> Result<Value, LoadError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))
}

fn check_version(value: &Value) -> Result<u64, LoadError> {
    let version = value
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or_else(|| not_assessment("it has no schema_version"))?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(not_assessment("schema_version 0 never existed"));
    }
    Ok(version)
}

fn decode_value(
    mut value: Value,
    q: &Questionnaire,
    fresh_id: &str,
) -> Result<Assessment, LoadError> {
    if !value.is_object() {
        return Err(not_assessment("the file holds no object"));
    }
    if let Some(format) = value.get("format") {
        if format.as_str() != Some(FORMAT) {
            return Err(not_assessment("its \"format\" names another kind of file"));
        }
    }
    let version = check_version(&value)?;
    let recorded = value
        .get("questionnaire_version")
        .and_then(Value::as_str)
        .map(str::to_string);
    let cx = Context {
        fresh_id,
        questionnaire_version: recorded.as_deref(),
    };
    let assessment = value
        .get_mut("assessment")
        .and_then(Value::as_object_mut)
        .ok_or_else(|| not_assessment("it has no assessment"))?;
    for step in &MIGRATIONS[(version - 1) as usize..] {
        step(assessment, &cx);
    }
    let id_ok = assessment
        .get("id")
        .and_then(Value::as_str)
        .is_some_and(|id| !id.is_empty() && id.len() <= 100);
    if !id_ok {
        return Err(not_assessment("its assessment has no usable id"));
    }
    let assessment: Assessment = serde_json::from_value(Value::Object(assessment.clone()))
        .map_err(|e| LoadError::NotAnAssessment(e.to_string()))?;
    let unknown = assessment.answers.unknown_ids(q);
    if !unknown.is_empty() {
        return Err(LoadError::UnknownIds(unknown));
    }
    Ok(assessment)
}
