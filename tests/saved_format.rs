//! Saving, exporting and reading back, with a clear error for every bad file,
//! and fixtures of every past version migrated on load.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use thriving_third_sector::domain::assessment::{Assessment, BodyDetails};
use thriving_third_sector::domain::saved::{
    decode, decode_import, encode_export, encode_export_all, encode_saved, LoadError,
    SCHEMA_VERSION, SPLIT_Q8_NOTE,
};

fn sample() -> Assessment {
    Assessment {
        id: "a1".into(),
        created_at: "2010-02-01T09:00:00.000Z".into(),
        updated_at: "2010-02-01T10:00:00.000Z".into(),
        revision: 7,
        derived_from: Some("a0".into()),
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
        questionnaire_version: q().version.into(),
        agreed: Default::default(),
        sector: Default::default(),
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn saved_state_round_trips() {
    let a = sample();
    let text = encode_saved(&a, q());
    assert!(text.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")));
    assert_eq!(decode(&text, q(), "unused").unwrap(), a);
}

#[test]
fn an_export_reads_back_as_the_same_assessment() {
    let a = sample();
    let text = encode_export(&a, q(), standards(), "2010-02-02T00:00:00Z", true);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["format"], "thriving-third-sector-assessment");
    assert_eq!(json["schema_version"], SCHEMA_VERSION);
    assert_eq!(json["questionnaire_version"], q().version);
    assert_eq!(json["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(json["exported_at"], "2010-02-02T00:00:00Z");
    assert_eq!(json["scores"].as_array().unwrap().len(), 13);
    assert_eq!(json["scores"][0]["standard"], "influence");
    assert_eq!(json["scores"][0]["status"], "partly_met");
    assert_eq!(decode(&text, q(), "unused").unwrap(), a);
}

#[test]
fn an_export_can_leave_out_names_and_contacts() {
    let text = encode_export(&sample(), q(), standards(), "now", false);
    assert!(!text.contains("A. Leader"));
    assert!(!text.contains("D. Gill"));
    assert!(text.contains("Council Leader"));
    let back = decode(&text, q(), "unused").unwrap();
    assert!(back.answers.text("q9_name").is_none());
    assert_eq!(back.body.completed_by, "");
}

#[test]
fn a_collection_reads_back_as_every_assessment() {
    let a = sample();
    let mut b = sample();
    b.id = "b2".into();
    b.body.name = "Watford".into();
    let text = encode_export_all(&[&a, &b], q(), standards(), "now", true);
    let back = decode_import(&text, q(), || "fresh".into()).unwrap();
    assert_eq!(back, vec![a, b]);
    let single = decode_import(
        &encode_export(&sample(), q(), standards(), "now", true),
        q(),
        || "x".into(),
    )
    .unwrap();
    assert_eq!(single.len(), 1);
}

#[test]
fn version_1_storage_migrates_keeping_every_answer() {
    let a = decode(&fixture("v1-saved.json"), q(), "new-id").unwrap();
    assert_eq!(a.id, "new-id");
    assert_eq!(a.revision, 1);
    assert_eq!(a.created_at, "2026-11-20T10:15:00.000Z");
    assert_eq!(a.derived_from, None);
    assert_eq!(a.body.name, "Watford Borough Council and LSP");
    assert_eq!(a.body.completed_by, "Sue B");
    assert_eq!(a.position, "#/q/q10");
    assert!(a.answers.is_selected("q2", "subgroups"));
    assert_eq!(
        a.answers.text("q2_notes"),
        Some("We meet <b>often</b> & \"well\"")
    );
    assert_eq!(a.answers.text("q10_name"), Some("J. Smith"));
}

#[test]
fn version_1_exports_import() {
    let list = decode_import(&fixture("v1-export.json"), q(), || "fresh-1".into()).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].id, "fresh-1");
    assert_eq!(list[0].body.name, "Dacorum Borough Council and LSP");
    assert!(list[0].answers.is_selected("q3_2", "inform_practice"));
}

#[test]
fn version_2_storage_loads_as_saved() {
    let a = decode(&fixture("v2-saved.json"), q(), "unused").unwrap();
    assert_eq!(a.id, "a18f0c2d3e4f5");
    assert_eq!(a.revision, 12);
    assert_eq!(a.derived_from.as_deref(), Some("a18e000000001"));
    assert!(a.answers.is_selected("q5", "ask_vcs"));
}

#[test]
fn version_2_question_8_split_keeps_the_old_answer_in_words() {
    let a = decode(&fixture("v2-split-q8.json"), q(), "unused").unwrap();
    assert_eq!(a.id, "a2q8split");
    // Which half was meant cannot be known: the choice is asked again...
    assert!(!a.answers.part_answered("q8"));
    // ...and nothing is lost: the old answer and the details are both kept.
    let details = a.answers.text("q8_details").unwrap();
    assert!(details.starts_with(SPLIT_Q8_NOTE), "{details}");
    assert!(
        details.ends_with("Volunteering strategy 2009-12"),
        "{details}"
    );
    // Question 6.3 was always about plans, and stays so.
    assert!(a.answers.is_selected("q6_3", "communications"));
    assert!(a.answers.is_selected("q10", "yes"));
    assert_eq!(
        a.answers.text("q10_role"),
        Some("Stronger Communities Officer")
    );
}

#[test]
fn bad_files_get_a_clear_reason() {
    let check = |text: &str, expected: fn(&LoadError) -> bool| {
        let err = decode_import(text, q(), || "x".into()).unwrap_err();
        assert!(expected(&err), "{text}: {err:?}");
        assert!(!err.to_string().is_empty());
    };
    check("not json at all", |e| matches!(e, LoadError::NotJson(_)));
    check("", |e| matches!(e, LoadError::NotJson(_)));
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
        r#"{"format":"thriving-third-sector-collection","schema_version":9,"assessments":[]}"#,
        |e| matches!(e, LoadError::NewerVersion { found: 9 }),
    );
    check(
        r#"{"format":"thriving-third-sector-collection","schema_version":2,"assessments":[]}"#,
        |e| matches!(e, LoadError::NotAnAssessment(_)),
    );
    check(
        r#"{"schema_version":1,"assessment":{"answers":{"choices":{"q2":["bribes"]}}}}"#,
        |e| matches!(e, LoadError::UnknownIds(ids) if ids == &vec!["q2.bribes".to_string()]),
    );
    check(
        r#"{"schema_version":2,"assessment":{"id":"a","answers":{"texts":{"q99":"x"}}}}"#,
        |e| matches!(e, LoadError::UnknownIds(_)),
    );
    check(r#"{"schema_version":2,"assessment":{"answers":{}}}"#, |e| {
        matches!(e, LoadError::NotAnAssessment(_))
    });
    check(
        r#"{"schema_version":1,"assessment":{"answers":{"choices":"lots"}}}"#,
        |e| matches!(e, LoadError::NotAnAssessment(_)),
    );
    let huge = format!(
        r#"{{"schema_version":1,"assessment":{{"position":"{}"}}}}"#,
        "x".repeat(17 << 20)
    );
    check(&huge, |e| matches!(e, LoadError::TooLarge { .. }));
}

#[test]
fn newer_version_message_says_what_to_do() {
    let err = decode(r#"{"schema_version":9,"assessment":{}}"#, q(), "x").unwrap_err();
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn a_minimal_version_1_file_fills_in_defaults() {
    let a = decode(r#"{"schema_version":1,"assessment":{}}"#, q(), "fresh").unwrap();
    assert!(a.is_blank());
    assert_eq!(a.id, "fresh");
    assert_eq!(a.display_name(), "Unnamed body");
}

#[test]
fn every_record_knows_its_questionnaire_version() {
    use thriving_third_sector::domain::scoring::score_all_as_of;
    // Version 3 named the questionnaire beside the assessment: it moves in.
    let a = decode(&fixture("v3-saved.json"), q(), "unused").unwrap();
    assert_eq!(a.questionnaire_version, "2010-appendix5.2");
    assert!(a.answers.is_selected("q6_3_now", "communications"));
    // What monitors what was added in 2010-appendix5.3: not asked of it.
    let scores = score_all_as_of(standards(), q(), &a.answers, &a.questionnaire_version);
    let monitoring = scores
        .iter()
        .find(|s| s.standard_id == "monitoring")
        .unwrap();
    assert!(monitoring.on_fewer_questions());
    // Versions 1 and 2 carried 2010-appendix5.1 beside them.
    let v2 = decode(&fixture("v2-saved.json"), q(), "unused").unwrap();
    assert_eq!(v2.questionnaire_version, "2010-appendix5.1");
    let v1 = decode_import(&fixture("v1-export.json"), q(), || "f".into()).unwrap();
    assert_eq!(v1[0].questionnaire_version, "2010-appendix5.1");
    // Saved again, it reads back with its own version, not today's.
    let back = decode(&encode_saved(&a, q()), q(), "unused").unwrap();
    assert_eq!(back, a);
    // A new assessment is on today's questionnaire.
    assert_eq!(
        Assessment::new("n", "now").questionnaire_version,
        q().version
    );
}

#[test]
fn changing_an_answer_moves_a_record_to_todays_questionnaire() {
    let mut a = decode(&fixture("v3-saved.json"), q(), "unused").unwrap();
    a.answer(q().version, |answers| {
        answers.set_option(q(), "q1", "grants", true)
    });
    assert_eq!(a.questionnaire_version, q().version);
}

#[test]
fn version_4_records_read_with_no_agreed_actions_and_actions_keep() {
    use thriving_third_sector::domain::agreed::{set_agreed, AgreedField};
    let mut a = decode(&fixture("v4-export.json"), q(), "unused").unwrap();
    assert_eq!(a.id, "a4v53record");
    assert!(a.agreed.is_empty());
    set_agreed(
        &mut a.agreed,
        "influence",
        AgreedField::Action,
        "Offer the CVS a seat on the LSP board",
    );
    set_agreed(
        &mut a.agreed,
        "influence",
        AgreedField::Owner,
        "Jane Officer",
    );
    set_agreed(&mut a.agreed, "influence", AgreedField::By, "end of March");
    let back = decode(&encode_saved(&a, q()), q(), "unused").unwrap();
    assert_eq!(back.agreed, a.agreed);
    assert_eq!(back.agreed["influence"].owner, "Jane Officer");
    // An action emptied again is gone, not kept blank.
    for field in [AgreedField::Action, AgreedField::Owner, AgreedField::By] {
        set_agreed(&mut a.agreed, "influence", field, "  ");
    }
    assert!(a.agreed.is_empty());
}

#[test]
fn an_export_without_names_leaves_out_the_owners_of_actions() {
    use thriving_third_sector::domain::agreed::{set_agreed, AgreedField};
    let mut a = decode(&fixture("v4-export.json"), q(), "unused").unwrap();
    set_agreed(
        &mut a.agreed,
        "monitoring",
        AgreedField::Action,
        "Survey the sector each spring",
    );
    set_agreed(&mut a.agreed, "monitoring", AgreedField::Owner, "Bob Smith");
    let without = encode_export(&a, q(), standards(), "2026-11-30T00:00:00Z", false);
    assert!(without.contains("Survey the sector each spring") && !without.contains("Bob Smith"));
    let with = encode_export(&a, q(), standards(), "2026-11-30T00:00:00Z", true);
    assert!(with.contains("Bob Smith"));
}

#[test]
fn a_collection_says_what_its_ids_mean() {
    let a = sample();
    let text = encode_export_all(&[&a], q(), standards(), "2026-11-30T00:00:00Z", true);
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let options = doc["labels"]["options"].as_object().unwrap();
    let every: usize = q()
        .questions
        .iter()
        .flat_map(|x| x.parts)
        .map(|p| p.options.len())
        .sum();
    assert_eq!(options.len(), every);
    assert_eq!(options["q1.grants"], "Grants and funding");
    assert_eq!(doc["labels"]["standards"].as_object().unwrap().len(), 13);
    assert_eq!(
        doc["labels"]["standards"]["influence"],
        "The sector can influence local decisions"
    );
    // Never read back: the collection opens as before.
    assert_eq!(decode_import(&text, q(), || "x".into()).unwrap(), vec![a]);
}

#[test]
fn version_5_records_read_with_no_sector_view_and_one_keeps() {
    use thriving_third_sector::domain::sector::{SectorSurvey, SentInvitation};
    let mut a = decode(&fixture("v5-export.json"), q(), "unused").unwrap();
    assert_eq!(a.id, "a5v6record");
    assert_eq!(
        a.agreed["influence"].by, "end of March",
        "v5's actions kept"
    );
    assert!(a.sector.is_empty());
    a.sector = SectorSurvey {
        invitations: vec![SentInvitation {
            id: "ABCD2345".into(),
            created_at: "2026-11-30T10:00:00Z".into(),
            closes: Some("2026-12-31".into()),
            reply_to: None,
            named: true,
            collector: None,
        }],
        ..SectorSurvey::default()
    };
    let back = decode(&encode_saved(&a, q()), q(), "unused").unwrap();
    assert_eq!(back.sector, a.sector);
}

#[test]
fn version_7_records_read_with_their_late_responses_and_comments() {
    let a = decode(&fixture("v7-export.json"), q(), "unused").unwrap();
    assert_eq!(a.id, "a7v8record");
    let s = &a.sector;
    assert_eq!(s.invitations[0].collector, None);
    assert!(s.responses[0].late_counted);
    assert_eq!(s.responses[1].comment.as_deref(), Some("Grants help."));
    assert!(s.summaries.is_empty());
    let back = decode(&encode_saved(&a, q()), q(), "unused").unwrap();
    assert_eq!(back.sector, a.sector);
}

proptest::proptest! {
    /// Exports are written compactly and indented by hand: exactly as
    /// serde_json's own pretty printer would write them.
    #[test]
    fn exports_are_indented_as_serde_json_indents(
        value in proptest::collection::vec(
            (".{0,12}", proptest::option::of(proptest::collection::vec("[\"{}\\[\\],: a-z\\\\]{0,8}", 0..3))),
            0..5,
        )
    ) {
        use thriving_third_sector::domain::pretty_json::pretty;
        let json = serde_json::json!({ "rows": value, "empty": {}, "none": [], "n": 1.5 });
        proptest::prop_assert_eq!(
            pretty(&serde_json::to_string(&json).unwrap()),
            serde_json::to_string_pretty(&json).unwrap()
        );
    }
}
