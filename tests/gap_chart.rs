//! The gap chart SVG: accessible, scalable, and drawn from the scores.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use thriving_third_sector::charts::gap_chart::{gap_chart_description, gap_chart_svg};
use thriving_third_sector::domain::scoring::{score_all, Status};

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
    for s in standards().standards {
        assert!(svg.contains(s.short_title), "{}", s.short_title);
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

/// The level bars: (x, width, fill) of every rectangle 30 units tall.
fn bars(svg: &str) -> Vec<(i32, i32, String)> {
    let attr = |rect: &str, name: &str| -> Option<String> {
        let start = rect.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = rect[start..].find('"')? + start;
        Some(rect[start..end].to_string())
    };
    svg.split("<rect")
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .filter(|rect| attr(rect, "height").as_deref() == Some("30"))
        .map(|rect| {
            (
                attr(rect, "x").unwrap().parse().unwrap(),
                attr(rect, "width").unwrap().parse().unwrap(),
                attr(rect, "fill").unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn bars_grow_with_the_level() {
    // One channel: communication partly met. Two: met. Nothing else has a
    // bar longer than the stub that marks not met.
    let level = |svg: String| -> Vec<_> {
        bars(&svg)
            .into_iter()
            .filter(|(_, w, _)| *w > NOT_MET_STUB)
            .collect()
    };
    let partly = level(gap_chart_svg(
        &score_all(standards(), q(), &answers(&["q2.liaison"], &[])),
        standards(),
    ));
    let met = level(gap_chart_svg(
        &score_all(
            standards(),
            q(),
            &answers(&["q2.liaison", "q2.regular_meetings"], &[]),
        ),
        standards(),
    ));
    assert_eq!(partly.len(), 1, "{partly:?}");
    assert_eq!(met.len(), 1, "{met:?}");
    assert_eq!(partly[0].0, met[0].0, "bars start at the same place");
    assert!(partly[0].1 > 0);
    assert_eq!(met[0].1, 2 * partly[0].1, "met is twice as long as partly");
    assert_ne!(partly[0].2, met[0].2, "each level has its own fill");
}

/// The stub that marks "not met", in chart units.
const NOT_MET_STUB: i32 = 12;

#[test]
fn not_met_and_not_yet_answered_never_look_alike() {
    // Question 1 answered "no support": funding standards not met; question
    // 2 untouched: influence not yet answered.
    let scores = score_all(standards(), q(), &answers(&["q1.none"], &[]));
    let not_met = scores.iter().filter(|s| s.status == Status::NotMet).count();
    let unanswered = scores
        .iter()
        .filter(|s| s.status == Status::NotAnswered)
        .count();
    assert!(not_met > 0 && unanswered > 0);
    let svg = gap_chart_svg(&scores, standards());
    let stubs = bars(&svg)
        .into_iter()
        .filter(|(_, w, _)| *w == NOT_MET_STUB)
        .count();
    assert_eq!(stubs, not_met, "a stub for each not met");
    // A dotted line for each not yet answered: a row of dots, no bar.
    assert_eq!(svg.matches("<circle").count() % unanswered, 0);
    assert!(
        svg.matches("<circle").count() >= 5 * unanswered,
        "{}",
        svg.matches("<circle").count()
    );
}

#[test]
fn a_verdict_on_plans_is_drawn_hollow_and_named() {
    let scores = score_all(standards(), q(), &answers(&["q6_3.induction"], &[]));
    let svg = gap_chart_svg(&scores, standards());
    let drawn = bars(&svg);
    // Induction and internal promotion, both partly met on a plan alone.
    assert_eq!(drawn.len(), 2, "{drawn:?}");
    assert!(drawn.iter().all(|(_, _, fill)| fill == "none"), "{drawn:?}");
    assert!(svg.replace('\n', "").contains(">Partly met (planned)<"));
    let desc = gap_chart_description(&scores, standards());
    assert!(desc.contains("Induction sessions (planned only)"), "{desc}");
}
