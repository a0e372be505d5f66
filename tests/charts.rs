//! The peer and change charts, and what moved between two assessments.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use thriving_third_sector::charts::change_chart::{change_chart_description, change_chart_svg};
use thriving_third_sector::charts::peer_chart::{peer_chart_description, peer_chart_svg};
use thriving_third_sector::domain::change::{compare, Direction};
use thriving_third_sector::domain::peers::PeerSet;
use thriving_third_sector::domain::scoring::{score_all, Status};

fn flat(svg: &str) -> String {
    svg.replace('\n', "")
}

#[test]
fn the_peer_chart_shows_your_status_and_the_fifteen() {
    let scores = score_all(
        standards(),
        q(),
        &answers(&["q10.yes"], &[("q10_role", "Officer")]),
    );
    let tallies = PeerSet::bundled().tallies(standards(), q());
    let svg = flat(&peer_chart_svg(&scores, &tallies, standards()));
    assert!(svg.contains(r#"role="img""#));
    assert!(svg.contains(">15 met, 0 partly<"), "the officer row");
    // Plans told apart: every partly met on strategy rests on a plan alone.
    assert!(
        svg.contains(">0 met, 3 partly (3 plan)<"),
        "the strategy row"
    );
    assert!(svg.contains(">Met<") && svg.contains(">Not answered<"));
    let desc = peer_chart_description(&scores, &tallies, standards());
    assert!(
        desc.contains("Responsible officer: you met, 15 of 15 met and 0 partly met"),
        "{desc}"
    );
    // Internal promotion: seven of the twelve partly met rest on a plan alone.
    assert!(
        desc.contains("0 of 15 met and 12 partly met, 7 of them on a plan alone"),
        "{desc}"
    );
}

#[test]
fn changes_go_up_down_or_stay() {
    let before = score_all(
        standards(),
        q(),
        &answers(
            &[
                "q2.task_finish",
                "q2.liaison",
                "q5.reports",
                "q5_focus.support",
            ],
            &[],
        ),
    );
    let after = score_all(
        standards(),
        q(),
        &answers(
            &[
                "q2.lsp",
                "q2.liaison",
                "q2.regular_meetings",
                "q2.consultation",
                "q5.none",
            ],
            &[],
        ),
    );
    let changes = compare(&before, &after);
    let of = |id: &str| changes.iter().find(|c| c.standard_id == id).unwrap();
    assert_eq!(of("communication").direction, Direction::Up);
    assert_eq!(
        (of("influence").before, of("influence").after),
        (Status::PartlyMet, Status::Met)
    );
    assert_eq!(of("monitoring").direction, Direction::Down);
    assert_eq!(of("funding_mix").direction, Direction::Same);
    assert_eq!(of("compact").direction, Direction::Unknown);

    let desc = change_chart_description(&changes, standards());
    assert!(
        desc.starts_with(
            "2 went up: Influence, Communication. 1 went down: Monitoring your support."
        ),
        "{desc}"
    );
    let svg = flat(&change_chart_svg(&changes, standards()));
    assert!(svg.contains(r#"role="img""#));
    assert_eq!(svg.matches(">Up<").count(), 2);
    assert_eq!(svg.matches(">Down<").count(), 1);
    assert!(svg.contains("<circle"));
}

/// plotters' SVG backend is patched (tools/plotters-svg) to write font
/// sizes and opacity from whole numbers: at most three decimals, as the
/// float formatting it replaced would have rounded them on screen.
#[test]
fn sizes_and_opacity_are_written_to_three_decimals_at_most() {
    let scores = score_all(standards(), q(), &answers(&["q10.yes"], &[]));
    let tallies = PeerSet::bundled().tallies(standards(), q());
    let svg = peer_chart_svg(&scores, &tallies, standards());
    let values = |attr: &str| -> Vec<String> {
        svg.split(&format!("{attr}=\""))
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap().to_string())
            .collect()
    };
    let sizes = values("font-size");
    assert!(!sizes.is_empty());
    for value in sizes.iter().chain(&values("opacity")) {
        let (whole, part) = value.split_once('.').unwrap_or((value, ""));
        assert!(
            whole.chars().all(|c| c.is_ascii_digit()) && part.len() <= 3 && !part.ends_with('0'),
            "{value}"
        );
    }
    // 30 px text in plotters' units: 30 / 1.24 = 24.1935…
    assert!(sizes.iter().any(|s| s == "24.194"), "{sizes:?}");
}
