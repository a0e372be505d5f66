//! The county report as a document: its framing texts, kept with the set,
//! and its examples of good practice across rounds.

mod common;

use common::{answers, q, standards};
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::county::*;
use thriving_third_sector::domain::saved::{decode_collection, encode_export_all};

/// The report's texts a file carries, read as the county picture reads it.
fn collection_report(text: &str) -> Option<ReportText> {
    decode_collection(text, q(), || "fresh".into())
        .unwrap()
        .report
}

fn assessment(id: &str, name: &str, kind: &str, date: &str, texts: &[(&str, &str)]) -> Assessment {
    let mut a = Assessment::new(id, &format!("{date}T10:00:00Z"));
    a.body.name = name.into();
    a.body.kind = kind.into();
    a.body.date = date.into();
    a.answers = answers(&["q1.grants"], texts);
    a
}

fn set_of(list: Vec<Assessment>) -> CountySet {
    let mut set = CountySet::default();
    set.add_assessments(list, Source::Browser, q(), standards());
    set
}

#[test]
fn the_title_names_the_area_and_the_byline_the_period_and_publisher() {
    let mut r = ReportText::default();
    assert_eq!(r.title(), "Support for the voluntary and community sector");
    assert_eq!(r.byline(), None);
    r.set(TextField::Area, "Hertfordshire");
    r.set(TextField::Period, "Autumn 2026");
    r.set(TextField::Publisher, "Herts CVS");
    assert_eq!(
        r.title(),
        "Support for the voluntary and community sector in Hertfordshire"
    );
    assert_eq!(r.byline().unwrap(), "Autumn 2026. Published by Herts CVS.");
    assert_eq!(
        r.running_header(),
        "Support for the voluntary and community sector in Hertfordshire, Autumn 2026"
    );
}

#[test]
fn the_generated_method_says_when_who_and_the_response_rate() {
    let set = set_of(vec![
        assessment("a", "Dacorum", "district", "2026-03-02", &[]),
        assessment("b", "Watford", "district", "2026-05-20", &[]),
        assessment("c", "Herts Police", "police", "2026-04-01", &[]),
    ]);
    let bodies = set.current(&BodyFilter::All);
    let mut r = ReportText {
        invited: Some(12),
        ..ReportText::default()
    };
    let method = r
        .paragraphs(TextField::Method, q(), standards(), &bodies)
        .join(" ");
    assert!(
        method.contains("between March 2026 and May 2026"),
        "{method}"
    );
    assert!(
        method.contains("Three bodies responded, by kind: "),
        "{method}"
    );
    assert!(method.contains("(two)"), "{method}");
    assert!(
        method.contains("three of the 12 bodies invited, a response rate of 25%"),
        "{method}"
    );
    assert!(method.contains("never by a plan alone"), "{method}");
    assert_eq!(respondents(&bodies), ["Dacorum", "Herts Police", "Watford"]);
    // Written text replaces the default, a blank line dividing paragraphs.
    r.set(TextField::Method, "We asked.\r\n\r\nThey answered.\n");
    assert_eq!(
        r.paragraphs(TextField::Method, q(), standards(), &bodies),
        ["We asked.", "They answered."]
    );
    // One body: singular throughout.
    let one = set_of(vec![assessment(
        "a",
        "Dacorum",
        "district",
        "2026-03-02",
        &[],
    )]);
    let one = one.current(&BodyFilter::All);
    let intro = ReportText::default()
        .paragraphs(TextField::Introduction, q(), standards(), &one)
        .join(" ");
    assert!(intro.contains("of one public body."), "{intro}");
    let method = ReportText::default()
        .paragraphs(TextField::Method, q(), standards(), &one)
        .join(" ");
    assert!(
        method.contains(", in March 2026. One body responded"),
        "{method}"
    );
    assert!(
        !method.contains("response rate"),
        "no rate without invitations"
    );
}

#[test]
fn texts_are_kept_in_the_collection_and_read_back() {
    let set = set_of(vec![assessment(
        "a",
        "Dacorum",
        "district",
        "2026-03-02",
        &[],
    )]);
    let bodies = set.current(&BodyFilter::All);
    let report = ReportText {
        area: "Hertfordshire".into(),
        invited: Some(9),
        conclusion: "Done \"well\".\n\n<b>not markup</b>".into(),
        ..ReportText::default()
    };
    let json = collection_json(&bodies, q(), standards(), "now", false, &report);
    assert_eq!(collection_report(&json), Some(report));
    // None written, none in the file; a plain export has none.
    let plain = collection_json(
        &bodies,
        q(),
        standards(),
        "now",
        false,
        &ReportText::default(),
    );
    assert!(!plain.contains("\"report\""));
    assert_eq!(collection_report(&plain), None);
    let list: Vec<_> = bodies.iter().map(|b| &b.assessment).collect();
    assert_eq!(
        collection_report(&encode_export_all(&list, q(), standards(), "now", false)),
        None
    );
    // A malformed report never stops the assessments opening, and a huge
    // text is cut to its limit.
    let broken = json.replacen("\"area\": \"Hertfordshire\"", "\"area\": 7", 1);
    assert_eq!(collection_report(&broken), None);
    let huge = json.replacen("Hertfordshire", &"x".repeat(MAX_TEXT + 10), 1);
    assert_eq!(collection_report(&huge).unwrap().area.len(), MAX_TEXT);
}

#[test]
fn good_practice_comes_from_every_round_with_body_and_date() {
    let set = set_of(vec![
        assessment(
            "d1",
            "Dacorum",
            "district",
            "2009-11-02",
            &[(
                "q7_examples",
                "Free meeting rooms at the Civic Centre for VCS groups.",
            )],
        ),
        assessment(
            "d2",
            "Dacorum",
            "district",
            "2026-03-02",
            &[(
                "q7_examples",
                "Ring Jo on 01442 228000 or jo@dacorum.example about our funding fair.",
            )],
        ),
        assessment("w", "Watford", "district", "2026-03-02", &[]),
    ]);
    let rounds = set.every_round(&BodyFilter::All);
    let list = good_practice(&rounds, false);
    assert_eq!(list.len(), 2, "the earlier round's example is kept");
    assert_eq!(list[0].date, "2026-03-02", "newest first within a body");
    assert_eq!(list[1].date, "2009-11-02");
    assert!(list[1]
        .text
        .starts_with("Free meeting rooms at the Civic Centre"));
    assert!(!list[0].text.contains("01442"), "{}", list[0].text);
    assert!(!list[0].text.contains("jo@dacorum"), "{}", list[0].text);
    let with = good_practice(&rounds, true);
    assert!(with[0].text.contains("jo@dacorum.example"));
}
