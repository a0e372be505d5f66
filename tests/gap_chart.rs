//! The gap chart SVG: accessible, scalable, and drawn from the scores.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use thriving_third_sector::charts::gap_chart::{gap_chart_description, gap_chart_svg};
use thriving_third_sector::domain::scoring::score_all;

#[test]
fn is_one_accessible_scalable_image() {
    let scores = score_all(standards(), q(), &answers(&["q2.lsp"], &[]));
    let svg = gap_chart_svg(&scores, standards());
    assert!(svg.starts_with("<svg "));
    assert!(svg.contains(r#"role="img""#));
    assert!(svg.contains(r#"viewBox="0 0 1000 "#));
    let root = &svg[..svg.find('>').unwrap()];
    assert!(
        !root.contains("width="),
        "a fixed size would stop it scaling"
    );
    assert_eq!(svg.matches("<svg").count(), 1);
    assert!(svg.contains("<title id=\"gap-chart-title\">"));
    assert!(svg.contains("<desc id=\"gap-chart-desc\">"));
    assert!(svg.trim_end().ends_with("</svg>"));
}

#[test]
fn labels_every_standard_and_its_status_in_words() {
    let scores = score_all(
        standards(),
        q(),
        &answers(&["q2.lsp", "q2.liaison", "q2.regular_meetings"], &[]),
    );
    // plotters puts each label on lines of its own.
    let svg = gap_chart_svg(&scores, standards()).replace('\n', "");
    for s in &standards().standards {
        assert!(svg.contains(&s.short_title), "{}", s.short_title);
    }
    assert!(svg.contains(">Met<"));
    assert!(svg.contains(">Partly met<"));
    assert!(svg.contains(">Not yet answered<"));
    assert!(svg.contains("Target: met"));
}

#[test]
fn description_states_the_numbers() {
    let scores = score_all(
        standards(),
        q(),
        &answers(&["q2.lsp", "q2.liaison", "q2.regular_meetings"], &[]),
    );
    let desc = gap_chart_description(&scores, standards());
    assert!(
        desc.starts_with("13 standards: 1 met, 1 partly met, 1 not met, 10 not yet answered."),
        "{desc}"
    );
    assert!(desc.contains("Met: Communication."), "{desc}");
}

#[test]
fn bars_grow_with_the_level() {
    let partly = gap_chart_svg(
        &score_all(standards(), q(), &answers(&["q2.liaison"], &[])),
        standards(),
    );
    let met = gap_chart_svg(
        &score_all(
            standards(),
            q(),
            &answers(&["q2.liaison", "q2.regular_meetings"], &[]),
        ),
        standards(),
    );
    // One more standard moves up a level, so one bar gets longer.
    assert_ne!(partly, met);
    assert!(met.matches("<rect").count() >= partly.matches("<rect").count());
}
