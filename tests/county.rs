//! The facilitator's county picture: intake, Appendix 1 regenerated, the
//! Analysis in words (the 2010 report's own findings among them), next
//! steps, rounds and downloads.

mod common;

use common::{answers, q, standards};
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::change::Direction;
use thriving_third_sector::domain::county::*;
use thriving_third_sector::domain::ids::OptionRef;
use thriving_third_sector::domain::saved::{
    decode_import, encode_export, encode_export_all, LoadError,
};
use thriving_third_sector::domain::scoring::Status;

/// Appendix 1's column order, as Tables 1 and 2 print it.
const TABLE_ORDER: [&str; 15] = [
    "Broxbourne",
    "Dacorum",
    "East Herts",
    "Hertsmere",
    "North Herts",
    "St Albans",
    "Stevenage",
    "Three Rivers",
    "Watford",
    "Welwyn Hatfield",
    "Fire and Rescue",
    "Police",
    "PCT",
    "Probation",
    "County Council",
];

/// Table 1 and Table 2 of Appendix 1, mark for mark, with the count the
/// table's marks add up to.
const TABLE_1: [(&str, &str, usize); 16] = [
    ("grants", "XXXXXXXXXX..XXX", 13),
    ("multi_year", "XX...X..X...X.X", 6),
    ("premises", "XX.XXXXXXX...XX", 11),
    ("iag", "...XXXX.X....XX", 7),
    ("capacity_building", "X....X........X", 3),
    ("rate_relief", "XX..XX.X......X", 6),
    ("equipment", "....X....XX...X", 4),
    ("training", ".....X..X.X..XX", 5),
    ("mentoring", "X.....X.......X", 3),
    ("staff_volunteering", ".....X....XX..X", 4),
    ("sla", "XX.X.XXXXX..XXX", 11),
    ("cvs_funding", "XXX..XX.XX....X", 8),
    ("volunteer_centre_funding", "XX...XX.XX....X", 7),
    ("social_enterprise", ".....X........X", 2),
    ("events", ".....X.......XX", 3),
    ("recruitment", "..............X", 1),
];

const TABLE_2: [(&str, &str, usize); 8] = [
    ("lsp", "X.XX.XX.XX....X", 8),
    ("commissioned", "X.........X..XX", 4),
    ("task_finish", ".X...X...X....X", 4),
    ("liaison", ".X..XX...X..XXX", 7),
    ("regular_meetings", ".X...X...X...XX", 5),
    ("subgroups", "X..X.XX.XX....X", 7),
    ("networks", ".....XX.XX....X", 5),
    ("joint_delivery", ".............XX", 2),
];

fn survey() -> CountySet {
    let mut set = CountySet::default();
    assert_eq!(set.add_survey_2010(q(), standards()).added, 15);
    set
}

fn assessment(id: &str, name: &str, kind: &str, date: &str, options: &[&str]) -> Assessment {
    let mut a = Assessment::new(id, &format!("{date}T10:00:00Z"));
    a.body.name = name.into();
    a.body.kind = kind.into();
    a.body.date = date.into();
    a.answers = answers(options, &[]);
    a
}

type File = (String, Result<String, String>);

fn file(name: &str, a: &Assessment) -> File {
    text(
        name,
        &encode_export(a, q(), standards(), "2026-11-22T09:00:00Z", true),
    )
}

fn text(name: &str, text: &str) -> File {
    (name.to_string(), Ok(text.to_string()))
}

fn fresh_ids() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("fresh-{n}")
    }
}

fn check_table(table: &[(&str, &str, usize)], part: &str, answered: usize) {
    let set = survey();
    let bodies = set.current(&BodyFilter::All);
    let labels: Vec<&str> = bodies.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, TABLE_ORDER, "columns in Appendix 1's order");
    let matrices = part_matrices(q(), &bodies);
    let m = matrices.iter().find(|m| m.part.id == part).unwrap();
    for (option, marks, count) in table {
        let row = m.rows.iter().find(|r| r.option.id == *option).unwrap();
        let drawn: String = row
            .marks
            .iter()
            .map(|&x| if x == Mark::Yes { 'X' } else { '.' })
            .collect();
        assert_eq!(&drawn, marks, "{part}.{option}");
        assert_eq!(row.count, *count, "{part}.{option} count");
    }
    assert_eq!(m.answered, answered);
}

#[test]
fn the_2010_survey_regenerates_table_1_mark_for_mark() {
    check_table(&TABLE_1, "q1", 15);
}

#[test]
fn the_2010_survey_regenerates_table_2_mark_for_mark() {
    // Three Rivers and the Constabulary have no mark in Table 2.
    check_table(&TABLE_2, "q2", 13);
}

/// Every sentence for the whole picture, per part and per standard.
fn sentences(set: &CountySet, filter: &BodyFilter) -> Vec<String> {
    let bodies = set.current(filter);
    let mut out: Vec<String> = part_matrices(q(), &bodies)
        .iter()
        .flat_map(|m| part_sentences(m, &bodies, filter))
        .collect();
    out.extend(
        standard_sentences(standards(), &bodies, filter)
            .into_iter()
            .flat_map(|(_, s)| s),
    );
    out
}

fn says(all: &[String], sentence: &str) {
    assert!(
        all.iter().any(|s| s == sentence),
        "expected the sentence:\n  {sentence}\nin:\n  {}",
        all.join("\n  ")
    );
}

#[test]
fn the_generated_analysis_restates_the_reports_findings() {
    let set = survey();
    let all = sentences(&set, &BodyFilter::All);
    // "All except two of the respondents provide grants or other funding ...
    // Six respondents reported that they have multi-year funding in place."
    says(&all, "All but two of the 15 respondents report grants or other funding: Fire and Rescue, and Police do not.");
    says(&all, "Six of the 15 respondents report multi-year funding.");
    // "North Herts, Three Rivers and Hertsmere are the only Local
    // Authorities that have not indicated that they are funding either the
    // CVS or the Volunteer Centre."
    says(&all, "Among the councils: met by eight of the 11 councils; not met by Hertsmere, North Herts and Three Rivers.");
    // "Eight of the eleven Local Authorities reported that they have Third
    // Sector organisations involved on their LSPs."
    says(&all, "Eight of the 11 councils report the VCS on their LSP; Dacorum, North Herts and Three Rivers do not.");
    // "None of the respondents reported that they have a Third Sector Strategy."
    says(
        &all,
        "None of the 15 respondents report a VCS strategy or a VCS strategy still being developed.",
    );
    // The statement of agreed practice was added since: not asked, never "none".
    says(&all, "Not asked of the 15 respondents of 2010 (added to the questionnaire since they answered): a statement of agreed practice instead of a strategy.");
    // Six mention the sector directly in their community strategy or plan.
    says(
        &all,
        "Six of the 15 respondents report the VCS named directly as a priority in their plans.",
    );
    // Every respondent has a responsible officer; ten a senior lead.
    says(&all, "All 15 respondents report a responsible officer.");
    says(&all, "10 of the 15 respondents report a senior lead; Broxbourne, Hertsmere, Three Rivers, Fire and Rescue, and the PCT do not.");
    // "All except two of the Local Authorities have a Compact ... North
    // Herts is the only respondent to have reported regular meetings of the
    // Compact group."
    says(&all, "All but two of the 11 councils report a local Compact: Three Rivers and Welwyn Hatfield do not.");
    says(
        &all,
        "Only North Herts reports regular meetings of the Compact group.",
    );
}

#[test]
fn councils_only_speaks_of_councils() {
    let set = survey();
    let councils = sentences(&set, &BodyFilter::Councils);
    says(&councils, "All 11 councils report grants or other funding.");
    says(&councils, "Eight of the 11 councils report the VCS on their LSP; Dacorum, North Herts and Three Rivers do not.");
    // The report's own words, in quotation marks, may say "respondents".
    let own_words = |s: &String| s.split('"').step_by(2).collect::<String>();
    assert!(councils
        .iter()
        .all(|s| !own_words(s).contains("respondents")));
    assert_eq!(set.current(&BodyFilter::Councils).len(), 11);
    let police = set.current(&BodyFilter::Kind("police".into()));
    assert_eq!(police.len(), 1);
    let alone = sentences(&set, &BodyFilter::Kind("police".into()));
    assert!(alone
        .iter()
        .any(|s| s
            .starts_with("Police does not report grants or other funding, multi-year funding,")));
    says(&alone, "Police reports staff volunteering arrangements.");
}

#[test]
fn every_option_has_a_finding_and_every_finding_an_option() {
    assert_eq!(Findings::bundled().problems(q()), Vec::<String>::new());
}

#[test]
fn counts_are_in_words_and_names_keep_apart() {
    // The GOV.UK style: words for one to nine, figures from 10.
    assert_eq!(number_words(1), "one");
    assert_eq!(number_words(9), "nine");
    assert_eq!(number_words(10), "10");
    assert_eq!(number_words(20), "20");
    assert_eq!(number_words(400), "400");
    assert_eq!(list_names(&["A", "B", "C"], "and"), "A, B and C");
    assert_eq!(
        list_names(&["Fire and Rescue", "Police"], "and"),
        "Fire and Rescue, and Police"
    );
    assert_eq!(list_names(&["Solo"], "or"), "Solo");
}

#[test]
fn many_bodies_are_counted_not_named() {
    let mut set = CountySet::default();
    let list: Vec<Assessment> = (0..40)
        .map(|i| {
            let grants: &[&str] = if i < 37 {
                &["q1.grants"]
            } else {
                &["q1.premises"]
            };
            assessment(
                &format!("a{i}"),
                &format!("Body {i}"),
                "district",
                "2026-01-01",
                grants,
            )
        })
        .collect();
    set.add_assessments(list, Source::Browser, q(), standards());
    let all = sentences(&set, &BodyFilter::All);
    says(&all, "37 of the 40 respondents report grants or other funding; Body 37, Body 38 and Body 39 do not.");
    says(&all, "Three of the 40 respondents report subsidised premises or rent: Body 37, Body 38 and Body 39.");
}

#[test]
fn the_standards_tally_matches_the_scores_and_next_steps_lead_with_the_key_driver() {
    let set = survey();
    let bodies = set.current(&BodyFilter::All);
    let tallies = tally(standards(), &bodies);
    let officer = tallies.iter().find(|t| t.standard_id == "officer").unwrap();
    assert_eq!(officer.met.len(), 15);
    let strategy = tallies
        .iter()
        .find(|t| t.standard_id == "strategy")
        .unwrap();
    assert_eq!(
        (
            strategy.met.len(),
            strategy.partly_met.len(),
            strategy.not_met.len()
        ),
        (0, 3, 12)
    );
    let steps = county_next_steps(standards(), &bodies);
    assert!(steps[0].standard.key_driver, "the key driver comes first");
    assert!(
        steps.iter().all(|s| s.standard.id != "officer"),
        "met by all: no step"
    );
    // After the key driver, most bodies short first.
    let rest: Vec<usize> = steps[1..].iter().map(|s| s.falling_short).collect();
    assert!(rest.windows(2).all(|w| w[0] >= w[1]), "{rest:?}");
    // Each body short on a standard, or with no evidence for it, is in
    // exactly one group of its steps, under one label.
    for s in &steps {
        let named: usize = s.groups.iter().map(|g| g.bodies().count()).sum();
        assert_eq!(named, s.falling_short + s.no_evidence, "{}", s.standard.id);
    }
    // Welwyn Hatfield's strategy rests on a plan alone, and strategy has no
    // partly met in practice: it takes the steps for partly met.
    let strategy = steps.iter().find(|s| s.standard.id == "strategy").unwrap();
    let planned = strategy
        .groups
        .iter()
        .find(|g| g.bodies().any(|b| b.label == "Welwyn Hatfield"))
        .unwrap();
    assert_eq!(planned.steps, strategy.standard.next_steps.partly_met);
    // Influence has a partly met in practice: a plan alone takes the not met steps.
    let influence = &steps[0];
    let plan_only = influence
        .groups
        .iter()
        .find(|g| g.bodies().any(|b| b.label == "Fire and Rescue"))
        .unwrap();
    assert_eq!(plan_only.steps, influence.standard.next_steps.not_met);
}

#[test]
fn files_are_read_each_failure_named_and_duplicates_set_aside() {
    let a = assessment("a1", "Dacorum BC", "district", "2026-05-01", &["q1.grants"]);
    let b = assessment("b1", "Fire", "fire", "2026-05-01", &["q2.lsp"]);
    let same_body_same_day = assessment("c1", "  dacorum   bc ", "district", "2026-05-01", &[]);
    let collection = encode_export_all(&[&b], q(), standards(), "now", false);
    let files = vec![
        file("dacorum.json", &a),
        text("broken.json", "{ not json"),
        file("dacorum-again.json", &a),
        text("fire-collection.json", &collection),
        file("dacorum-retyped.json", &same_body_same_day),
        text("old.json", include_str!("fixtures/v1-export.json")),
        text(
            "other.json",
            r#"{"format":"something-else","schema_version":1}"#,
        ),
        (
            "locked.json".to_string(),
            Err("the browser could not read it".to_string()),
        ),
    ];
    let mut set = CountySet::default();
    let intake = set.add_files(&files, q(), standards(), fresh_ids());
    let tally = intake.tally();
    assert_eq!(tally.added, 3, "Dacorum, Fire and the migrated v1 file");
    assert_eq!(tally.set_aside, 1);
    // The same file twice: merged silently, and counted.
    assert_eq!(tally.identical, 1);
    let failures: Vec<&str> = intake.failures().map(|(n, _)| n).collect();
    assert_eq!(failures, ["broken.json", "other.json", "locked.json"]);
    assert!(matches!(
        &intake.files[1].1,
        FileOutcome::Failed(LoadError::NotJson(_))
    ));
    assert_eq!(
        intake.summary(),
        "Read 8 files: 3 assessments added, 1 duplicate set aside, 1 identical copy ignored, 3 files could not be read."
    );
    assert_eq!(set.set_aside()[0].clash, Clash::SameNameAndDate);
    assert_eq!(set.current(&BodyFilter::All).len(), 3);

    // Choosing the set-aside copy swaps it in; nothing is dropped, and
    // the other copy now stands beside the one shown.
    assert!(set.choose_set_aside(0));
    let ids: Vec<&str> = set
        .bodies()
        .iter()
        .map(|b| b.assessment.id.as_str())
        .collect();
    assert!(ids.contains(&"c1") && !ids.contains(&"a1"));
    assert_eq!(set.set_aside().len(), 1);
    assert!(set.set_aside().iter().all(|s| s.with_id == "c1"));
    // Back again, through the other copy: still one body shown.
    let back = set
        .set_aside()
        .iter()
        .position(|s| s.body.assessment.id == "a1")
        .unwrap();
    assert!(set.choose_set_aside(back));
    assert_eq!(set.current(&BodyFilter::All).len(), 3);
    assert_eq!(set.set_aside().len(), 1);
    // Taking a body out takes its set-aside copies with it.
    set.remove("a1");
    assert!(set.set_aside().is_empty());
    assert_eq!(set.current(&BodyFilter::All).len(), 2);
}

#[test]
fn a_copy_that_would_clash_with_another_body_is_not_swapped_in() {
    let mut set = CountySet::default();
    let a = assessment("a", "Watford", "district", "2026-01-01", &[]);
    let b = assessment("b", "Stevenage", "district", "2026-01-01", &[]);
    // Watford's id, but Stevenage's name and date.
    let odd = assessment("a", "Stevenage", "district", "2026-01-01", &[]);
    set.add_assessments(vec![a, b, odd], Source::Browser, q(), standards());
    assert_eq!(set.set_aside().len(), 1);
    assert!(!set.choose_set_aside(0));
    assert_eq!(set.bodies().len(), 2);
    assert_eq!(set.set_aside().len(), 1);
}

#[test]
fn bodies_without_names_are_never_taken_for_one_another() {
    let mut set = CountySet::default();
    let list = (0..3)
        .map(|i| assessment(&format!("u{i}"), "", "other", "2026-01-01", &["q1.grants"]))
        .collect();
    assert_eq!(
        set.add_assessments(list, Source::Browser, q(), standards())
            .added,
        3
    );
    assert_eq!(set.current(&BodyFilter::All).len(), 3);
    assert!(set.rounds(&BodyFilter::All).is_empty());
}

#[test]
fn two_bodies_are_both_or_neither() {
    let mut set = CountySet::default();
    let list = vec![
        assessment("x", "Fire", "fire", "2026-01-01", &["q1.grants", "q10.yes"]),
        assessment(
            "y",
            "Police",
            "police",
            "2026-01-01",
            &["q1.grants", "q10.yes"],
        ),
    ];
    set.add_assessments(list, Source::Browser, q(), standards());
    let all = sentences(&set, &BodyFilter::All);
    says(&all, "Both respondents report grants or other funding.");
    assert!(
        all.iter()
            .any(|s| s.starts_with("Neither of the two respondents reports multi-year funding,")),
        "{all:?}"
    );
    says(
        &all,
        "An officer is responsible for VCS partnership and engagement: met by both respondents.",
    );
    assert!(all
        .iter()
        .all(|s| !s.contains("All two") && !s.contains("all two")));
}

#[test]
fn a_second_round_is_compared_and_the_latest_shown() {
    let may = assessment(
        "r1",
        "Watford",
        "district",
        "2009-05-01",
        &["q10.no", "q3_1.developing"],
    );
    let feb = assessment(
        "r2",
        "Watford",
        "district",
        "2010-02-01",
        &["q10.yes", "q3_1.yes"],
    );
    let other = assessment("r3", "Police", "police", "2010-02-01", &["q10.yes"]);
    let mut set = CountySet::default();
    // Added newest first: the later date still wins.
    set.add_assessments(vec![feb, other, may], Source::Browser, q(), standards());
    let current = set.current(&BodyFilter::All);
    let ids: Vec<&str> = current.iter().map(|b| b.assessment.id.as_str()).collect();
    assert_eq!(ids, ["r2", "r3"]);
    let rounds = set.rounds(&BodyFilter::All);
    assert_eq!(rounds.len(), 1);
    let changes = round_changes(&rounds);
    assert_eq!(changes[0].before.assessment.id, "r1");
    assert_eq!(changes[0].after.assessment.id, "r2");
    let moved: Vec<(&str, Direction)> = changes[0]
        .moved()
        .map(|c| (c.standard_id.as_str(), c.direction))
        .collect();
    assert!(moved.contains(&("officer", Direction::Up)), "{moved:?}");
    assert!(moved.contains(&("compact", Direction::Up)), "{moved:?}");
    let movements = standard_movements(standards(), &changes);
    let officer = movements
        .iter()
        .find(|m| m.standard_id == "officer")
        .unwrap();
    assert_eq!((officer.up, officer.down), (1, 0));
    // A filter that leaves the body out leaves its rounds out too.
    assert!(set.rounds(&BodyFilter::Kind("police".into())).is_empty());
}

#[test]
fn the_collection_leaves_names_and_contacts_out_unless_asked() {
    let mut a = assessment("n1", "Stevenage", "district", "2026-01-01", &["q9.yes"]);
    a.body.completed_by = "Jo Bloggs".into();
    a.answers.set_text("q9_name", "Cllr Smith");
    a.answers.set_text("q9_contact", "smith@example.org");
    let mut set = CountySet::default();
    set.add_assessments(vec![a], Source::Browser, q(), standards());
    let bodies = set.current(&BodyFilter::All);
    let without = collection_json(
        &bodies,
        q(),
        standards(),
        "now",
        false,
        &ReportText::default(),
    );
    for private in ["Jo Bloggs", "Cllr Smith", "smith@example.org"] {
        assert!(!without.contains(private), "{private} left out");
    }
    let with = collection_json(
        &bodies,
        q(),
        standards(),
        "now",
        true,
        &ReportText::default(),
    );
    assert!(with.contains("Cllr Smith"));
    // The collection reads back into a set as it was.
    let mut again = CountySet::default();
    let intake = again.add_files(&[text("set.json", &without)], q(), standards(), fresh_ids());
    assert_eq!(intake.tally().added, 1);
    assert_eq!(again.bodies()[0].scores, bodies[0].scores);
}

#[test]
fn a_regions_collection_of_400_bodies_reads_back_within_the_file_limit() {
    use thriving_third_sector::domain::saved::MAX_IMPORT_BYTES;
    let every_option = common::every_option();
    let options: Vec<&str> = every_option.iter().map(String::as_str).collect();
    let list: Vec<Assessment> = (0..400)
        .map(|i| {
            let mut a = assessment(
                &format!("r{i}"),
                &format!("Body {i}"),
                "district",
                "2026-01-01",
                &options,
            );
            for f in [
                "q1_notes",
                "q2_notes",
                "q3_notes",
                "q4_notes",
                "q5_notes",
                "q8_details",
                "comments",
            ] {
                a.answers
                    .set_text(f, &"A paragraph of what the body wrote. ".repeat(8));
            }
            a
        })
        .collect();
    let mut set = CountySet::default();
    set.add_assessments(list, Source::Browser, q(), standards());
    let bodies = set.current(&BodyFilter::All);
    let json = collection_json(
        &bodies,
        q(),
        standards(),
        "now",
        false,
        &ReportText::default(),
    );
    assert!(json.len() < MAX_IMPORT_BYTES, "{} bytes", json.len());
    let mut again = CountySet::default();
    let intake = again.add_files(&[text("region.json", &json)], q(), standards(), fresh_ids());
    assert_eq!(intake.tally().added, 400);
}

#[test]
fn the_spread_places_each_body_in_its_band() {
    let everything: Vec<String> = standards()
        .standards
        .iter()
        .flat_map(|s| s.met.references())
        .filter_map(|r| match r {
            thriving_third_sector::domain::standards::Rule::Option(o) => Some(o.to_string()),
            _ => None,
        })
        .collect();
    let all: Vec<&str> = everything.iter().map(String::as_str).collect();
    let mut best = assessment("best", "Best", "county", "2026-01-01", &all);
    for f in ["q8_details", "q9_role", "q10_role"] {
        best.answers.set_text(f, "Named");
    }
    let none = assessment(
        "none",
        "None",
        "police",
        "2026-01-01",
        &["q2.none", "q10.no"],
    );
    let mut set = CountySet::default();
    set.add_survey_2010(q(), standards());
    set.add_assessments(vec![best, none], Source::Browser, q(), standards());
    let bodies = set.current(&BodyFilter::All);
    let bands = score_spread(&bodies);
    assert_eq!(bands.len(), BANDS);
    assert_eq!(bands.iter().map(|b| b.bodies.len()).sum::<usize>(), 17);
    assert_eq!(bands[9].label, "90\u{2013}100%");
    assert!(
        bands[9].bodies.iter().any(|b| b.label == "Best"),
        "{}",
        overall(bodies[15])
    );
    assert!(bands[0].bodies.iter().any(|b| b.label == "None"));
    // Each body is in the band of its own overall figure.
    for (i, band) in bands.iter().enumerate() {
        for b in &band.bodies {
            assert_eq!((overall(b) as usize / 10).min(9), i, "{}", b.label);
        }
    }
    let m = median(&bodies).unwrap();
    let below = bodies.iter().filter(|b| overall(b) < m).count();
    let above = bodies.iter().filter(|b| overall(b) > m).count();
    assert!(
        below <= 8 && above <= 8,
        "{m}: {below} below, {above} above"
    );
    assert_eq!(median(&[]), None);
}

#[test]
fn an_empty_picture_says_nothing() {
    let set = CountySet::default();
    assert!(sentences(&set, &BodyFilter::All).is_empty());
    assert!(county_next_steps(standards(), &[]).is_empty());
    assert_eq!(tally(standards(), &[])[0].total(), 0);
    let _ = Status::Met;
}

#[test]
fn where_an_assessment_came_from_survives_the_move_between_pages() {
    for source in [
        Source::File("dacorum-later-copy.json".into()),
        Source::File("a:b.json".into()),
        Source::Browser,
        Source::Survey2010,
        Source::InBrowser,
        Source::Earlier,
    ] {
        assert_eq!(Source::from_tag(&source.tag()), source);
    }
    // From a later version, say: said as plainly as the app can.
    assert_eq!(Source::from_tag("somewhere-new"), Source::Earlier);
    // Tags are held a line each: a file name never breaks the list.
    assert_eq!(
        Source::File("two\nlines.json".into()).tag(),
        "file:two lines.json"
    );
}

#[test]
fn a_2010_respondent_read_back_keeps_its_text_evidence_and_article() {
    // The tab's set, a kept set or a downloaded collection holds each body
    // as an assessment; read back, the PCT's meetings are still the
    // report's text, not a mark, and the PCT keeps its article.
    let set = survey();
    let bodies = set.current(&BodyFilter::All);
    let json = collection_json(
        &bodies,
        q(),
        standards(),
        "2026-11-30",
        false,
        &ReportText::default(),
    );
    let mut n = 0;
    let back = decode_import(&json, q(), || {
        n += 1;
        format!("x{n}")
    })
    .unwrap();
    let mut again = CountySet::default();
    again.add_assessments(back, Source::InBrowser, q(), standards());
    let bodies = again.current(&BodyFilter::All);
    let pct = bodies.iter().find(|b| b.label == "PCT").unwrap();
    assert_eq!(pct.in_sentence, "the PCT");
    let meetings = OptionRef::new("q2", "regular_meetings");
    assert_eq!(pct.mark(q(), &meetings), Mark::FromText);
    // A body of today's questionnaire named like one is not taken for it.
    let mut lookalike = pct.assessment.clone();
    lookalike.questionnaire_version = q().version.into();
    let body = CountyBody::new(lookalike, Source::Browser, q(), standards());
    assert_eq!(body.mark(q(), &meetings), Mark::Yes);
}

#[test]
fn a_later_revision_takes_the_place_of_the_earlier_which_can_be_chosen_back() {
    let mut first = assessment("w1", "Watford", "district", "2026-05-01", &["q1.grants"]);
    first.revision = 3;
    first.updated_at = "2026-05-01T10:00:00.000Z".into();
    let mut later = first.clone();
    later.revision = 7;
    later.answers = answers(&["q1.grants", "q1.sla"], &[]);
    // At the same revision, a later change is the later copy.
    let mut same_revision_later = later.clone();
    same_revision_later.updated_at = "2026-05-02T09:00:00.000Z".into();
    let files = vec![
        file("watford-may.json", &first),
        file("watford-june.json", &later),
        file("watford-june-copy.json", &later),
    ];
    let mut set = CountySet::default();
    let intake = set.add_files(&files, q(), standards(), fresh_ids());
    let tally = intake.tally();
    assert_eq!((tally.added, tally.replaced, tally.identical), (1, 1, 1));
    assert_eq!(
        intake.summary(),
        "Read 3 files: 1 assessment added, 1 later revision in place of the earlier (set aside), 1 identical copy ignored."
    );
    // The picture shows the later revision, from its own file.
    let shown = &set.bodies()[0];
    assert_eq!(shown.assessment.revision, 7);
    assert_eq!(shown.source, Source::File("watford-june.json".into()));
    let aside = &set.set_aside()[0];
    assert_eq!(aside.clash, Clash::EarlierRevision);
    assert_eq!(aside.body.source, Source::File("watford-may.json".into()));
    // Chosen back: the earlier shows, and the later is set aside as later.
    assert!(set.choose_set_aside(0));
    assert_eq!(set.bodies()[0].assessment.revision, 3);
    assert_eq!(set.set_aside()[0].clash, Clash::LaterRevision);
    assert_eq!(
        set.shown_for(&set.set_aside()[0]).unwrap().source,
        Source::File("watford-may.json".into())
    );
    // Held for the tab and read back (the bodies shown, then the copies
    // set aside), the choice of the earlier revision stands.
    let held: Vec<CountyBody> = set
        .bodies()
        .iter()
        .chain(set.set_aside().iter().map(|a| &a.body))
        .cloned()
        .collect();
    let mut back = CountySet::default();
    back.restore(held);
    assert_eq!(back.bodies()[0].assessment.revision, 3);
    assert_eq!(back.set_aside()[0].clash, Clash::LaterRevision);
    // And forth again.
    assert!(set.choose_set_aside(0));
    assert_eq!(set.bodies()[0].assessment.revision, 7);
    // An earlier revision offered later is set aside, never shown.
    let mut set = CountySet::default();
    set.add_assessments(vec![later, first], Source::Browser, q(), standards());
    assert_eq!(set.bodies()[0].assessment.revision, 7);
    assert_eq!(set.set_aside()[0].clash, Clash::EarlierRevision);
    // Same revision, later change: it takes the place.
    let mut set = CountySet::default();
    let mut earlier_change = same_revision_later.clone();
    earlier_change.updated_at = "2026-05-01T10:00:00.000Z".into();
    earlier_change.answers = answers(&["q1.grants"], &[]);
    let t = set.add_assessments(
        vec![earlier_change, same_revision_later],
        Source::Browser,
        q(),
        standards(),
    );
    assert_eq!(t.replaced, 1);
    assert_eq!(
        set.bodies()[0].assessment.updated_at,
        "2026-05-02T09:00:00.000Z"
    );
}

#[test]
fn bodies_of_today_beside_the_2010_respondents_are_counted_among_those_asked() {
    let mut set = survey();
    // Assessments of today's questionnaire, which asks everything.
    let newtown = assessment(
        "n1",
        "Newtown",
        "district",
        "2026-01-01",
        &["q2.consultation", "q2.lsp"],
    );
    let oldtown = assessment("n2", "Oldtown", "district", "2026-01-01", &["q2.lsp"]);
    set.add_assessments(vec![newtown, oldtown], Source::Browser, q(), standards());
    let all = sentences(&set, &BodyFilter::All);
    says(&all, "Only Newtown reports consulting the VCS before decisions are made. Not asked of the 15 respondents of 2010, though the report's text records it for Welwyn Hatfield and the County Council.");
    says(&all, "Neither of the two respondents asked reports a statement of agreed practice instead of a strategy. Not asked of the 15 respondents of 2010.");
}

#[test]
fn the_set_held_for_a_tab_keeps_its_sources_in_the_same_value() {
    let json = "{\n  \"format\": \"x\"\n}";
    for sources in ["", "file:a.json", "file:a.json\nbrowser\nsurvey-2010"] {
        let held = encode_held(json, sources);
        assert_eq!(
            decode_held(&held),
            Some((json.to_string(), sources.to_string()))
        );
    }
    // Emptied in this tab.
    assert_eq!(
        decode_held(&encode_held("", "")),
        Some((String::new(), String::new()))
    );
    // Not written so: read as nothing held.
    assert_eq!(decode_held("{\"format\": \"x\"}"), None);
    assert_eq!(decode_held("3\nonly one line"), None);
}
