//! The list of assessments: re-assessments remember their origin, copies
//! and deletions leave the others alone.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::answers;
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::library::Library;

fn named(id: &str, name: &str, date: &str, updated: &str) -> Assessment {
    let mut a = Assessment::new(id, updated);
    a.body.name = name.into();
    a.body.date = date.into();
    a
}

#[test]
fn a_reassessment_starts_from_the_old_answers_and_remembers_them() {
    let mut old = named(
        "a",
        "Stevenage Borough Council",
        "2009-05-01",
        "2009-05-01T10:00:00Z",
    );
    old.answers = answers(&["q2.lsp", "q1.grants"], &[("q10_role", "Officer")]);
    old.revision = 9;
    let new = old.reassess("b", "2010-02-01T09:00:00Z", "2010-02-01");
    assert_eq!(new.derived_from.as_deref(), Some("a"));
    assert_eq!(new.answers, old.answers);
    assert_eq!(new.body.name, old.body.name);
    assert_eq!(new.body.date, "2010-02-01");
    assert_eq!(new.revision, 0);
    assert_eq!(new.position, "");
}

#[test]
fn upsert_replaces_by_id_and_lists_newest_first() {
    let mut l = Library::new(vec![
        named("a", "A", "", "2010-01-01T00:00:00Z"),
        named("b", "B", "", "2010-03-01T00:00:00Z"),
    ]);
    l.upsert(named("c", "C", "", "2010-02-01T00:00:00Z"));
    l.upsert(named("a", "A renamed", "", "2010-04-01T00:00:00Z"));
    let order: Vec<_> = l
        .by_last_change()
        .iter()
        .map(|a| a.body.name.as_str())
        .collect();
    assert_eq!(order, ["A renamed", "B", "C"]);
    assert_eq!(l.len(), 3);
    assert_eq!(l.remove("b").unwrap().body.name, "B");
    assert!(!l.contains("b"));
    assert!(l.remove("b").is_none());
}

#[test]
fn earlier_assessments_of_the_same_body_are_found() {
    let old = named(
        "a",
        "Watford Borough Council",
        "2009-05-01",
        "2009-05-01T00:00:00Z",
    );
    let other = named("x", "Dacorum", "2009-05-01", "2009-05-01T00:00:00Z");
    let middle = named(
        "m",
        "watford borough council ",
        "2009-09-01",
        "2009-09-01T00:00:00Z",
    );
    let current = old.reassess("b", "2010-02-01T00:00:00Z", "2010-02-01");
    let l = Library::new(vec![old, other, middle, current.clone()]);
    let earlier: Vec<_> = l
        .earlier_of(&current)
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(earlier, ["m", "a"]);
}

#[test]
fn a_copy_gets_a_new_id_and_a_telling_name() {
    let mut a = named("a", "Hertsmere", "2010-01-01", "t");
    a.answers = answers(&["q5.reports"], &[]);
    let copy = a.copy_as("z", "t2", "(copy from another tab)");
    assert_eq!(copy.id, "z");
    assert_eq!(copy.body.name, "Hertsmere (copy from another tab)");
    assert_eq!(copy.answers, a.answers);
}
