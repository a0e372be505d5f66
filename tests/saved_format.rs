//! Saving, exporting and reading back, with a clear error for every bad file.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use thriving_third_sector::domain::assessment::{Assessment, BodyDetails};
use thriving_third_sector::domain::saved::{
    decode, encode_export, encode_saved, LoadError, SCHEMA_VERSION,
};

fn sample() -> Assessment {
    Assessment {
        body: BodyDetails {
            name: "Dacorum Borough Council and LSP".into(),
            kind: "district".into(),
            date: "2010-02-01".into(),
            completed_by: "D. Gill".into(),
        },
        answers: answers(
            &["q1.grants", "q1.cvs_funding", "q2.lsp", "q9.yes"],
            &[
                ("q9_role", "Council Leader"),
                ("q9_name", "A. Leader"),
                ("q7_examples", "<script>alert(1)</script>"),
            ],
        ),
        position: "#/q/q2".into(),
        updated_at: "2010-02-01T10:00:00.000Z".into(),
    }
}

#[test]
fn saved_state_round_trips() {
    let a = sample();
    let text = encode_saved(&a, q());
    assert!(text.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
    assert_eq!(decode(&text, q()).unwrap(), a);
}

#[test]
fn an_export_reads_back_as_the_same_assessment() {
    let a = sample();
    let text = encode_export(&a, q(), standards(), "2010-02-02T00:00:00Z", true);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], "thriving-third-sector-assessment");
    assert_eq!(json["schema_version"], SCHEMA_VERSION);
    assert_eq!(json["questionnaire_version"], q().version.as_str());
    assert_eq!(json["scores"].as_array().unwrap().len(), 13);
    assert_eq!(json["scores"][0]["standard"], "influence");
    assert_eq!(json["scores"][0]["status"], "partly_met");
    assert_eq!(decode(&text, q()).unwrap(), a);
}

#[test]
fn an_export_can_leave_out_names_and_contacts() {
    let text = encode_export(&sample(), q(), standards(), "now", false);
    assert!(!text.contains("A. Leader"));
    assert!(!text.contains("D. Gill"));
    assert!(text.contains("Council Leader"));
    let back = decode(&text, q()).unwrap();
    assert!(back.answers.text("q9_name").is_none());
    assert_eq!(back.body.completed_by, "");
}

#[test]
fn bad_files_get_a_clear_reason() {
    let check = |text: &str, expected: fn(&LoadError) -> bool| {
        let err = decode(text, q()).unwrap_err();
        assert!(expected(&err), "{text}: {err:?}");
        assert!(!err.to_string().is_empty());
    };
    check("not json at all", |e| matches!(e, LoadError::NotJson(_)));
    check("[1,2,3]", |e| matches!(e, LoadError::NotAnAssessment(_)));
    check(r#"{"hello":"world"}"#, |e| {
        matches!(e, LoadError::NotAnAssessment(_))
    });
    check(
        r#"{"format":"survey-js","schema_version":1,"assessment":{}}"#,
        |e| matches!(e, LoadError::NotAnAssessment(_)),
    );
    check(r#"{"schema_version":99,"assessment":{}}"#, |e| {
        matches!(e, LoadError::NewerVersion { found: 99 })
    });
    check(
        r#"{"schema_version":1,"assessment":{"answers":{"choices":{"q2":["bribes"]}}}}"#,
        |e| matches!(e, LoadError::UnknownIds(ids) if ids == &vec!["q2.bribes".to_string()]),
    );
    check(
        r#"{"schema_version":1,"assessment":{"answers":{"texts":{"q99":"x"}}}}"#,
        |e| matches!(e, LoadError::UnknownIds(_)),
    );
    check(
        r#"{"schema_version":1,"assessment":{"answers":{"choices":"lots"}}}"#,
        |e| matches!(e, LoadError::NotAnAssessment(_)),
    );
    let huge = format!(
        r#"{{"schema_version":1,"assessment":{{"position":"{}"}}}}"#,
        "x".repeat(3 << 20)
    );
    check(&huge, |e| matches!(e, LoadError::TooLarge { .. }));
}

#[test]
fn newer_version_message_says_what_to_do() {
    let err = decode(r#"{"schema_version":7,"assessment":{}}"#, q()).unwrap_err();
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn a_minimal_file_fills_in_defaults() {
    let a = decode(r#"{"schema_version":1,"assessment":{}}"#, q()).unwrap();
    assert!(a.is_blank());
    assert_eq!(a.display_name(), "Unnamed body");
}
