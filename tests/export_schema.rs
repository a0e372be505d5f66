//! The export format, published: the JSON Schemas in `seeds/schema/` are
//! valid draft 2020-12, take every fixture of their version and every file
//! the app writes, and refuse what the app refuses. Validated with a real
//! validator (the `jsonschema` crate, which fetches nothing).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use jsonschema::Validator;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::OnceLock;
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::county::{collection_json, BodyFilter, CountySet, ReportText};
use thriving_third_sector::domain::saved::{
    decode, decode_import, encode_export, encode_export_all, ASSESSMENT_SCHEMA, COLLECTION_FORMAT,
    COLLECTION_SCHEMA, FORMAT, SCHEMA_VERSION,
};

/// Where every schema's `$id` points; `.invalid` is never fetched.
const BASE: &str = "https://vcs-self-assessment.invalid/schema/";
const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";
const NOW: &str = "2026-11-30T12:00:00.000Z";

fn dir(folder: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder)
}

fn read_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every schema file, by file name.
fn schemas() -> &'static BTreeMap<String, Value> {
    static SCHEMAS: OnceLock<BTreeMap<String, Value>> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        std::fs::read_dir(dir("seeds/schema"))
            .expect("seeds/schema/")
            .map(|entry| entry.unwrap().path())
            .map(|path| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, read_json(&path))
            })
            .collect()
    })
}

/// Each schema compiled once, by file name.
fn validator(name: &str) -> &'static Validator {
    static VALIDATORS: OnceLock<BTreeMap<String, Validator>> = OnceLock::new();
    VALIDATORS
        .get_or_init(|| {
            schemas()
                .iter()
                .map(|(name, schema)| {
                    let v = jsonschema::draft202012::new(schema)
                        .unwrap_or_else(|e| panic!("{name} does not compile: {e}"));
                    (name.clone(), v)
                })
                .collect()
        })
        .get(name)
        .unwrap_or_else(|| panic!("no seeds/schema/{name}"))
}

/// Why `instance` fails the schema, one line per error; empty if it passes.
fn errors(schema: &str, instance: &Value) -> Vec<String> {
    validator(schema)
        .iter_errors(instance)
        .map(|e| format!("{} at {:?}", e, e.instance_path().as_str()))
        .collect()
}

#[track_caller]
fn assert_valid(schema: &str, instance: &Value, what: &str) {
    let errors = errors(schema, instance);
    assert!(
        errors.is_empty(),
        "{what} fails {schema}:\n{}",
        errors.join("\n")
    );
}

#[track_caller]
fn assert_invalid(schema: &str, instance: &Value, what: &str) {
    assert!(
        !validator(schema).is_valid(instance),
        "{what} should fail {schema}"
    );
}

fn assessment_schema(version: u32) -> String {
    format!("assessment-v{version}.schema.json")
}

fn collection_schema(version: u32) -> String {
    format!("collection-v{version}.schema.json")
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[test]
fn there_is_a_schema_for_every_version_and_no_other() {
    let mut expected: Vec<String> = (1..=SCHEMA_VERSION).map(assessment_schema).collect();
    // Collections began with version 2: no release wrote one of version 1.
    expected.extend((2..=SCHEMA_VERSION).map(collection_schema));
    expected.sort();
    let found: Vec<&String> = schemas().keys().collect();
    assert_eq!(found, expected.iter().collect::<Vec<_>>());
}

#[test]
fn every_schema_is_valid_draft_2020_12_and_names_itself() {
    for (name, schema) in schemas() {
        if let Err(e) = jsonschema::draft202012::meta::validate(schema) {
            panic!("{name} is not a valid draft 2020-12 schema: {e}");
        }
        assert_eq!(schema["$schema"], DRAFT, "{name}");
        assert_eq!(schema["$id"], format!("{BASE}{name}"), "{name}");
        for key in ["title", "description"] {
            assert!(
                schema[key].as_str().is_some_and(|t| t.len() > 20),
                "{name} has no {key}"
            );
        }
        let version: u32 = name
            .split("-v")
            .nth(1)
            .and_then(|rest| rest.strip_suffix(".schema.json"))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{name}: no version in the name"));
        let properties = &schema["properties"];
        assert_eq!(properties["schema_version"]["const"], version, "{name}");
        let format = if name.starts_with("collection") {
            COLLECTION_FORMAT
        } else {
            FORMAT
        };
        assert_eq!(properties["format"]["const"], format, "{name}");
        for field in ["schema_version", "format"] {
            assert!(
                schema["required"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r == field)
                    || (field == "format" && name.starts_with("assessment") && version < 4),
                "{name} requires {field}"
            );
        }
        // Compiles without fetching anything: every reference is inside.
        validator(name);
    }
}

#[test]
fn every_field_the_analyst_sees_is_described() {
    // Every property of every schema says what it means.
    fn walk(name: &str, path: &str, schema: &Value) {
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (key, property) in properties {
                let here = format!("{path}/{key}");
                let described = property.get("description").is_some()
                    || property
                        .get("$ref")
                        .is_some_and(|r| r.as_str().unwrap().starts_with("#/$defs/"));
                assert!(described, "{name}: {here} has no description");
                walk(name, &here, property);
            }
        }
        if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
            for (key, def) in defs {
                assert!(
                    def.get("description").is_some(),
                    "{name}: $defs/{key} has no description"
                );
                walk(name, &format!("{path}/$defs/{key}"), def);
            }
        }
        for key in ["items", "additionalProperties"] {
            if let Some(inner) = schema.get(key).filter(|v| v.is_object()) {
                walk(name, &format!("{path}/{key}"), inner);
            }
        }
    }
    for (name, schema) in schemas() {
        walk(name, "", schema);
    }
    let v4 = &schemas()[&assessment_schema(4)]["$defs"];
    let says = |at: &Value, words: &[&str]| {
        let text = at["description"].as_str().unwrap();
        for w in words {
            assert!(text.contains(w), "{text:?} should say {w:?}");
        }
    };
    says(
        &v4["assessment"]["properties"]["questionnaire_version"],
        &["answers were given in", "never asked"],
    );
    says(
        &v4["score"]["properties"]["not_asked"],
        &["not asked", "labels"],
    );
    says(&v4["score"]["properties"]["planned"], &["plans alone"]);
    says(&v4["summary"]["properties"]["planned"], &["plan alone"]);
    says(
        &v4["summary"]["properties"]["percent"],
        &["2 points", "in practice 1", "half a point", "26"],
    );
}

#[test]
fn each_collection_bundles_its_versions_assessment_schema_as_published() {
    // Bundled, so that a collection validates with its own file alone; the
    // copy must be the published file exactly (copy it over after an edit).
    for version in 2..=SCHEMA_VERSION {
        let collection = &schemas()[&collection_schema(version)];
        let item = assessment_schema(version);
        assert_eq!(
            collection["properties"]["assessments"]["items"]["$ref"], item,
            "collection-v{version} entries"
        );
        assert!(
            collection["$defs"][format!("assessment-v{version}")] == schemas()[&item],
            "collection-v{version}'s $defs/assessment-v{version} differs from {item}: copy {item} over it"
        );
    }
}

#[test]
fn every_fixture_validates_against_its_versions_schema() {
    let mut versions = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir("tests/fixtures")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let fixture = read_json(&path);
        let version = fixture["schema_version"].as_u64().unwrap() as u32;
        // A set the journeys open (today's version): a collection's schema.
        if fixture["format"] == "thriving-third-sector-collection" {
            assert_valid(&collection_schema(version), &fixture, &name);
            for other in (2..=SCHEMA_VERSION).filter(|&v| v != version) {
                assert_invalid(&collection_schema(other), &fixture, &name);
            }
            continue;
        }
        versions.insert(version);
        assert_valid(&assessment_schema(version), &fixture, &name);
        // And no other version's: the versions are told apart.
        for other in (1..=SCHEMA_VERSION).filter(|&v| v != version) {
            assert_invalid(&assessment_schema(other), &fixture, &name);
        }
    }
    // A fixture of every past version.
    assert_eq!(
        versions.into_iter().collect::<Vec<_>>(),
        (1..SCHEMA_VERSION).collect::<Vec<_>>()
    );
}

#[test]
fn a_past_collection_takes_exports_of_its_own_version_only() {
    // No collection fixture survives from versions 2 and 3: one is made of
    // a stored record of that version dressed as an export, as they were.
    for (version, fixture) in [(2, "v2-saved.json"), (3, "v3-saved.json")] {
        let mut export = read_json(&dir("tests/fixtures").join(fixture));
        export["format"] = json!(FORMAT);
        export["app_version"] = json!("0.1.0");
        export["exported_at"] = json!(NOW);
        export["summary"] =
            json!({"met": 0, "partly_met": 0, "not_met": 0, "not_answered": 13, "percent": 0});
        export["scores"] =
            json!([{"standard": "influence", "status": "not_answered", "evidence": []}]);
        assert_valid(&assessment_schema(version), &export, fixture);
        let collection = |item: &Value| {
            json!({
                "format": COLLECTION_FORMAT,
                "schema_version": version,
                "questionnaire_version": export["questionnaire_version"],
                "app_version": "0.1.0",
                "exported_at": NOW,
                "assessments": [item],
            })
        };
        assert_valid(&collection_schema(version), &collection(&export), fixture);
        // An export without what every export had is refused...
        let mut bare = export.clone();
        bare.as_object_mut().unwrap().remove("scores");
        assert_invalid(
            &assessment_schema(version),
            &bare,
            "an export without scores",
        );
        assert_invalid(
            &collection_schema(version),
            &collection(&bare),
            "an export without scores",
        );
        // ...and so is one of another version.
        let mut other = export.clone();
        other["schema_version"] = json!(version + 1);
        assert_invalid(
            &collection_schema(version),
            &collection(&other),
            "another version",
        );
    }
}

/// An assessment with every option that can be ticked alongside others and
/// every field filled, names and contacts too.
fn full() -> Assessment {
    let every_option = common::every_option();
    let options: Vec<&str> = every_option.iter().map(String::as_str).collect();
    let fields: Vec<(String, String)> = q()
        .questions
        .iter()
        .flat_map(|question| question.fields)
        .map(|f| {
            (
                f.id.to_string(),
                format!("Text for {}: \"quoted\" <b>&</b>", f.id),
            )
        })
        .collect();
    let texts: Vec<(&str, &str)> = fields
        .iter()
        .map(|(f, t)| (f.as_str(), t.as_str()))
        .collect();
    let mut a = Assessment::new("full-1", NOW);
    a.body.name = "Dacorum Borough Council and LSP".into();
    a.body.kind = "district".into();
    a.body.date = "2026-11-30".into();
    a.body.completed_by = "D. Gill".into();
    a.answers = answers(&options, &texts);
    a.derived_from = Some("full-0".into());
    a.revision = 41;
    a.position = "#/results".into();
    a.sector = collected_survey();
    a
}

/// An invitation a collector gathered, with the collector's summary of
/// six responses, comments passed on included.
fn collected_survey() -> thriving_third_sector::domain::sector::SectorSurvey {
    use thriving_third_sector::domain::sector::*;
    let invitation = Invitation {
        id: InvitationId::from_bits(0x12_3456_789A),
        body: "Dacorum Borough Council and LSP".into(),
        kind: "district".into(),
        closes: Some("2026-12-31".into()),
        reply_to: Some("collect@cvs.example".into()),
        named: false,
        collector: Some("Dacorum CVS".into()),
    };
    let mut collection = Collection::new(&invitation, NOW);
    for n in 1..=6u64 {
        let code = SectorResponse {
            invitation_tag: invitation.id.tag(),
            id: n,
            day: day_number("2026-12-02").unwrap(),
            revision: 0,
            ni7: Some(1),
            items: [Some(ItemAnswer::Partly); 13],
            kind: Some(0),
            size: None,
        }
        .to_code();
        let file = response_json(
            &invitation,
            &code,
            Beside {
                comment: "Thanks",
                organisation: None,
                pass_on: true,
            },
        );
        collection.bring_in_file("r.json", &file, NOW);
    }
    let summary = collection.pass_on("2026-12-21").unwrap().to_file();
    let mut survey = SectorSurvey {
        invitations: vec![SentInvitation {
            id: invitation.id.to_string(),
            created_at: NOW.into(),
            closes: invitation.closes.clone(),
            reply_to: invitation.reply_to.clone(),
            named: false,
            collector: invitation.collector.clone(),
        }],
        ..SectorSurvey::default()
    };
    let (_, taken) = survey.bring_in_file("s.json", &summary, NOW, &|_| None);
    assert!(matches!(taken, Brought::Summed(..)), "{taken:?}");
    survey
}

/// Partly met on plans alone, with plans as evidence.
fn planned() -> Assessment {
    let mut a = Assessment::new("planned-1", NOW);
    a.answers = answers(
        &[
            "q6_1.consider_strategy",
            "q6_2.due_discussion",
            "q6_3.communications",
        ],
        &[],
    );
    a
}

/// The fifteen 2010 respondents, on the 2010 questionnaire.
fn survey() -> CountySet {
    let mut set = CountySet::default();
    set.add_survey_2010(q(), standards());
    assert_eq!(set.bodies().len(), 15);
    set
}

/// Every single export and collection checked below, by what it is.
fn exports() -> Vec<(String, String)> {
    let older = decode(
        &std::fs::read_to_string(dir("tests/fixtures/v3-saved.json")).unwrap(),
        q(),
        "unused",
    )
    .unwrap();
    let singles = [
        ("a blank assessment", Assessment::new("blank-1", NOW)),
        ("a full assessment", full()),
        ("one partly met on plans", planned()),
        ("a version 3 record", older),
    ];
    let mut out = Vec::new();
    for (what, a) in &singles {
        for personal in [true, false] {
            let text = encode_export(a, q(), standards(), NOW, personal);
            out.push((format!("{what} (personal data: {personal})"), text));
        }
    }
    let set = survey();
    let bodies = set.current(&BodyFilter::All);
    // A report's texts, as a facilitator writes them, go in beside the set.
    let report = ReportText {
        area: "Hertfordshire".into(),
        period: "Autumn 2026".into(),
        publisher: "Herts CVS".into(),
        invited: Some(20),
        conclusion: "Much to do.\n\nAnd more.".into(),
        ..ReportText::default()
    };
    for personal in [true, false] {
        out.push((
            format!("the fifteen 2010 respondents (personal data: {personal})"),
            collection_json(&bodies, q(), standards(), NOW, personal, &report),
        ));
        let list: Vec<&Assessment> = singles.iter().map(|(_, a)| a).collect();
        out.push((
            format!("every assessment (personal data: {personal})"),
            encode_export_all(&list, q(), standards(), NOW, personal),
        ));
    }
    for body in bodies.iter().take(3) {
        out.push((
            format!("2010 respondent {}", body.label),
            encode_export(&body.assessment, q(), standards(), NOW, false),
        ));
    }
    out
}

#[test]
fn every_export_validates_against_the_current_schemas() {
    let (mut planned, mut not_asked, mut plan_evidence) = (0, 0, 0);
    for (what, text) in exports() {
        let json = parse(&text);
        let collection = json["format"] == COLLECTION_FORMAT;
        let schema = if collection {
            collection_schema(SCHEMA_VERSION)
        } else {
            assessment_schema(SCHEMA_VERSION)
        };
        assert_valid(&schema, &json, &what);
        let docs: Vec<&Value> = if collection {
            json["assessments"].as_array().unwrap().iter().collect()
        } else {
            vec![&json]
        };
        for doc in docs {
            // Each assessment of a collection is a whole export on its own.
            assert_valid(&assessment_schema(SCHEMA_VERSION), doc, &what);
            assert_eq!(doc["scores"].as_array().unwrap().len(), 13, "{what}");
            for score in doc["scores"].as_array().unwrap() {
                planned += usize::from(score.get("planned").is_some());
                not_asked += usize::from(score.get("not_asked").is_some());
                plan_evidence += score["evidence"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|e| e.get("plan").is_some())
                    .count();
            }
        }
    }
    // The optional fields were there to be checked.
    assert!(planned > 0 && not_asked > 0 && plan_evidence > 0);
}

#[test]
fn every_export_names_its_schema_first() {
    assert_eq!(
        ASSESSMENT_SCHEMA,
        format!("{BASE}{}", assessment_schema(SCHEMA_VERSION))
    );
    assert_eq!(
        COLLECTION_SCHEMA,
        format!("{BASE}{}", collection_schema(SCHEMA_VERSION))
    );
    assert_eq!(
        schemas()[&assessment_schema(SCHEMA_VERSION)]["$id"],
        ASSESSMENT_SCHEMA
    );
    assert_eq!(
        schemas()[&collection_schema(SCHEMA_VERSION)]["$id"],
        COLLECTION_SCHEMA
    );
    for (what, text) in exports() {
        let json = parse(&text);
        let expected = if json["format"] == COLLECTION_FORMAT {
            COLLECTION_SCHEMA
        } else {
            ASSESSMENT_SCHEMA
        };
        assert!(
            text.starts_with(&format!("{{\n  \"$schema\": \"{expected}\",\n")),
            "{what} begins {:?}",
            text.lines().take(2).collect::<Vec<_>>()
        );
        // A collection names its schema once, not in every assessment.
        if let Some(list) = json["assessments"].as_array() {
            assert!(list.iter().all(|a| a.get("$schema").is_none()), "{what}");
        }
    }
}

#[test]
fn files_read_back_with_or_without_their_schema() {
    let a = full();
    let with = encode_export(&a, q(), standards(), NOW, true);
    let mut json = parse(&with);
    json.as_object_mut().unwrap().remove("$schema");
    let without = json.to_string();
    // Files written before the schemas were published validate too.
    assert_valid(
        &assessment_schema(SCHEMA_VERSION),
        &json,
        "an export without $schema",
    );
    for text in [&with, &without] {
        assert_eq!(decode(text, q(), "unused").unwrap(), a);
        assert_eq!(
            decode_import(text, q(), || "unused".into()).unwrap(),
            vec![a.clone()]
        );
    }
    let b = planned();
    let with = encode_export_all(&[&a, &b], q(), standards(), NOW, true);
    let mut json = parse(&with);
    json.as_object_mut().unwrap().remove("$schema");
    assert_valid(
        &collection_schema(SCHEMA_VERSION),
        &json,
        "a collection without $schema",
    );
    // A collection's assessment, taken out with $schema added, is a file.
    let mut single = json["assessments"][1].clone();
    single
        .as_object_mut()
        .unwrap()
        .insert("$schema".into(), json!(ASSESSMENT_SCHEMA));
    assert_valid(
        &assessment_schema(SCHEMA_VERSION),
        &single,
        "an assessment taken out",
    );
    for text in [with, json.to_string(), single.to_string()] {
        let back = decode_import(&text, q(), || "unused".into()).unwrap();
        assert!(back.last() == Some(&b), "{text}");
    }
}

/// A change to a valid export, whether the app refuses the result too, and
/// what it is.
type Breakage = (fn(&mut Value), bool, &'static str);

#[test]
fn the_schemas_refuse_what_the_app_refuses() {
    let breakages: &[Breakage] = &[
        (|d| d["format"] = json!("survey-js"), true, "a wrong format"),
        (
            |d| d["format"] = json!(COLLECTION_FORMAT),
            true,
            "a collection's format without a list",
        ),
        (
            |d| drop(d.as_object_mut().unwrap().remove("assessment")),
            true,
            "no assessment",
        ),
        (
            |d| d["assessment"] = json!([]),
            true,
            "an assessment that is not an object",
        ),
        (
            |d| drop(d.as_object_mut().unwrap().remove("schema_version")),
            true,
            "no schema_version",
        ),
        (
            |d| d["schema_version"] = json!(SCHEMA_VERSION + 1),
            true,
            "a newer version",
        ),
        (
            |d| d["schema_version"] = json!("6"),
            true,
            "a version in quotes",
        ),
        (
            |d| drop(d["assessment"].as_object_mut().unwrap().remove("id")),
            true,
            "no id",
        ),
        (|d| d["assessment"]["id"] = json!(""), true, "an empty id"),
        (
            |d| d["assessment"]["id"] = json!("x".repeat(101)),
            true,
            "an id too long",
        ),
        (
            |d| d["assessment"]["revision"] = json!("7"),
            true,
            "a revision in quotes",
        ),
        (
            |d| d["assessment"]["revision"] = json!(-1),
            true,
            "a negative revision",
        ),
        (
            |d| d["assessment"]["derived_from"] = json!(7),
            true,
            "a number for derived_from",
        ),
        (
            |d| d["assessment"]["body"]["name"] = json!(null),
            true,
            "a name of null",
        ),
        (
            |d| d["assessment"]["answers"]["choices"] = json!("lots"),
            true,
            "choices as a string",
        ),
        (
            |d| d["assessment"]["answers"]["choices"]["q1"] = json!("grants"),
            true,
            "an option not in a list",
        ),
        (
            |d| d["assessment"]["answers"]["texts"]["q9_role"] = json!(["a"]),
            true,
            "a text as a list",
        ),
        (
            |d| d["assessment"]["questionnaire_version"] = json!(5.3),
            true,
            "a questionnaire version as a number",
        ),
        // The app never reads these back, but never writes them so either.
        (
            |d| d["$schema"] = json!(COLLECTION_SCHEMA),
            false,
            "another schema named",
        ),
        (
            |d| drop(d.as_object_mut().unwrap().remove("summary")),
            false,
            "no summary",
        ),
        (
            |d| d["summary"]["percent"] = json!(101),
            false,
            "a percentage over 100",
        ),
        (
            |d| drop(d["summary"].as_object_mut().unwrap().remove("planned")),
            false,
            "no summary.planned",
        ),
        (
            |d| d["scores"][0]["status"] = json!("excellent"),
            false,
            "an unknown status",
        ),
        (
            |d| d["scores"][0]["planned"] = json!(true),
            false,
            "planned on a standard not partly met",
        ),
        (
            |d| d["scores"][0]["not_asked"] = json!([]),
            false,
            "an empty not_asked",
        ),
        (
            |d| d["assessment"]["answers"]["choices"]["q1"] = json!([]),
            false,
            "an empty choice",
        ),
        (
            |d| d["assessment"]["answers"]["choices"]["q1"] = json!(["sla", "sla"]),
            false,
            "an option twice",
        ),
    ];
    let a = full();
    let good = parse(&encode_export(&a, q(), standards(), NOW, true));
    assert_valid(&assessment_schema(SCHEMA_VERSION), &good, "the export");
    assert_eq!(
        good["scores"][0]["status"], "met",
        "a standard not partly met"
    );
    for (change, app_refuses, what) in breakages {
        let mut bad = good.clone();
        change(&mut bad);
        assert_invalid(&assessment_schema(SCHEMA_VERSION), &bad, what);
        let read = decode_import(&bad.to_string(), q(), || "fresh".into());
        assert_eq!(read.is_err(), *app_refuses, "{what}: the app read {read:?}");
        // Inside a collection too.
        let collection = json!({
            "format": COLLECTION_FORMAT,
            "schema_version": SCHEMA_VERSION,
            "questionnaire_version": q().version,
            "app_version": "0.1.0",
            "exported_at": NOW,
            "assessments": [good, bad],
        });
        assert_invalid(&collection_schema(SCHEMA_VERSION), &collection, what);
    }
    // A collection that is empty, or holds no list.
    let list = parse(&encode_export_all(&[&a], q(), standards(), NOW, true));
    for (change, what) in [
        (json!([]), "an empty collection"),
        (json!(null), "a collection without a list"),
        (json!({"0": good}), "a collection with an object for a list"),
    ] {
        let mut bad = list.clone();
        bad["assessments"] = change;
        assert_invalid(&collection_schema(SCHEMA_VERSION), &bad, what);
        assert!(
            decode_import(&bad.to_string(), q(), || "x".into()).is_err(),
            "{what}"
        );
    }
}

#[test]
fn the_schemas_allow_fields_they_do_not_name_as_the_app_does() {
    let a = full();
    let mut json = parse(&encode_export(&a, q(), standards(), NOW, true));
    json["comment"] = json!("added by an analyst");
    json["assessment"]["tags"] = json!(["2026 round"]);
    json["assessment"]["body"]["ward"] = json!("Central");
    json["scores"][0]["weight"] = json!(2);
    json["summary"]["median"] = json!(50);
    assert_valid(
        &assessment_schema(SCHEMA_VERSION),
        &json,
        "an export with more fields",
    );
    assert_eq!(decode(&json.to_string(), q(), "unused").unwrap(), a);
}
