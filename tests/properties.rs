//! Properties over arbitrary input: export then import gives back the same
//! assessment, every export meets the published schema, and the importer
//! never panics, whatever bytes it is given.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{q, standards};
use proptest::prelude::*;
use std::sync::OnceLock;
use thriving_third_sector::domain::agreed::AgreedAction;
use thriving_third_sector::domain::answers::Answers;
use thriving_third_sector::domain::assessment::{Assessment, BodyDetails};
use thriving_third_sector::domain::saved::{
    decode, decode_import, encode_export, encode_export_all, encode_saved, SCHEMA_VERSION,
};
use thriving_third_sector::domain::sector::{ReceivedResponse, SectorSurvey};

/// This version's schema of a file of one assessment (`assessment`) or of
/// several (`collection`), from `seeds/schema/`, compiled once.
fn schema(kind: &str) -> &'static jsonschema::Validator {
    static ASSESSMENT: OnceLock<jsonschema::Validator> = OnceLock::new();
    static COLLECTION: OnceLock<jsonschema::Validator> = OnceLock::new();
    let cell = if kind == "assessment" {
        &ASSESSMENT
    } else {
        &COLLECTION
    };
    cell.get_or_init(|| {
        let path = format!(
            "{}/seeds/schema/{kind}-v{SCHEMA_VERSION}.schema.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap();
        jsonschema::draft202012::new(&serde_json::from_str(&text).unwrap()).unwrap()
    })
}

/// Why the export fails its schema, or nothing.
fn schema_errors(kind: &str, json: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    schema(kind)
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path().as_str()))
        .collect()
}

/// Every (part, option) and field of the questionnaire.
fn inputs() -> (Vec<(String, String)>, Vec<String>) {
    let options = q()
        .questions
        .iter()
        .flat_map(|x| x.parts)
        .flat_map(|p| {
            p.options
                .iter()
                .map(move |o| (p.id.to_string(), o.id.to_string()))
        })
        .collect();
    let fields = q()
        .questions
        .iter()
        .flat_map(|x| x.fields)
        .map(|f| f.id.to_string())
        .collect();
    (options, fields)
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    let (options, fields) = inputs();
    let n_options = options.len();
    let n_fields = fields.len();
    (
        prop::collection::vec((0..n_options, any::<bool>()), 0..40),
        prop::collection::vec((0..n_fields, any::<String>()), 0..10),
    )
        .prop_map(move |(ticks, texts)| {
            let mut a = Answers::default();
            for (i, on) in ticks {
                let (part, option) = &options[i];
                a.set_option(q(), part, option, on);
            }
            for (i, text) in texts {
                a.set_text(&fields[i], &text);
            }
            a
        })
}

fn arb_assessment() -> impl Strategy<Value = Assessment> {
    (
        "[a-z0-9]{1,20}",
        any::<String>(),
        any::<String>(),
        any::<u64>(),
        prop::option::of("[a-z0-9]{1,20}"),
        arb_answers(),
        any::<String>(),
        prop::collection::btree_map("[a-z_]{1,20}", (".{1,40}", ".{0,60}", ".{0,60}"), 0..3),
        prop::option::of(".{1,80}"),
    )
        .prop_map(
            |(
                id,
                name,
                completed_by,
                revision,
                derived_from,
                answers,
                position,
                agreed,
                comment,
            )| {
                Assessment {
                    id,
                    created_at: "2026-01-01T00:00:00.000Z".into(),
                    updated_at: "2026-01-02T00:00:00.000Z".into(),
                    revision,
                    derived_from,
                    body: BodyDetails {
                        name,
                        kind: "district".into(),
                        date: "2026-01-01".into(),
                        completed_by,
                    },
                    answers,
                    position,
                    questionnaire_version: q().version.into(),
                    agreed: agreed
                        .into_iter()
                        .map(|(k, (action, owner, by))| (k, AgreedAction { action, owner, by }))
                        .collect(),
                    // The sector's view, with whatever a comment may hold.
                    sector: SectorSurvey {
                        invitations: Vec::new(),
                        responses: comment
                            .map(|comment| ReceivedResponse {
                                code: "VCS1-00000-00000-00000-00000-00000".into(),
                                received_at: "2026-12-01T00:00:00Z".into(),
                                comment: Some(comment),
                                organisation: None,
                                late_counted: false,
                                pass_on: false,
                            })
                            .into_iter()
                            .collect(),
                        ..SectorSurvey::default()
                    },
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn export_then_import_gives_back_the_same_assessment(a in arb_assessment()) {
        let json = encode_export(&a, q(), standards(), "2026-01-03T00:00:00Z", true);
        prop_assert_eq!(schema_errors("assessment", &json), Vec::<String>::new());
        let back = decode_import(&json, q(), || "unused".into()).unwrap();
        prop_assert_eq!(back, vec![a.clone()]);
        prop_assert_eq!(decode(&encode_saved(&a, q()), q(), "unused").unwrap(), a);
    }

    #[test]
    fn a_collection_round_trips(list in prop::collection::vec(arb_assessment(), 1..5)) {
        let refs: Vec<&Assessment> = list.iter().collect();
        let json = encode_export_all(&refs, q(), standards(), "now", true);
        prop_assert_eq!(schema_errors("collection", &json), Vec::<String>::new());
        prop_assert_eq!(decode_import(&json, q(), || "unused".into()).unwrap(), list);
    }

    #[test]
    fn the_importer_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode_import(&text, q(), || "x".into());
    }

    #[test]
    fn the_importer_never_panics_on_arbitrary_json(value in arb_json()) {
        let text = value.to_string();
        let _ = decode_import(&text, q(), || "x".into());
        let wrapped = serde_json::json!({"schema_version": 1, "assessment": value});
        let _ = decode_import(&wrapped.to_string(), q(), || "x".into());
    }
}

/// JSON shaped like ours: the same keys, with values of any type.
fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let keys = prop::sample::select(vec![
        "format",
        "schema_version",
        "assessment",
        "assessments",
        "id",
        "answers",
        "choices",
        "texts",
        "body",
        "name",
        "revision",
        "q1",
        "q2",
        "grants",
        "derived_from",
        "position",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..4).prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        Just(Value::String("thriving-third-sector-collection".into())),
        Just(Value::String("thriving-third-sector-assessment".into())),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|pairs| {
                Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}
