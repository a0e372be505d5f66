//! The county report's words hold at any size of set: random sets of 1 to
//! 400 bodies of random kinds and answers, every generated sentence checked
//! for the faults a facilitator found ("1 bodies", "all one", "fifteen of
//! the fifteen", "Only …" without its group, a sentence said twice, an
//! empty list).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{q, standards};
use proptest::prelude::*;
use thriving_third_sector::charts::county_chart::county_chart_title;
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::county::{
    capitalise, county_next_steps, number_words, part_matrices, part_sentences, standard_sentences,
    summary_lines, BodyFilter, CountyBody, ReportText, Source, TextField,
};
use thriving_third_sector::domain::snapshot::snapshot;

/// A body of a random kind with a random share of the options ticked.
fn body(i: usize, kind: usize, seed: u64) -> CountyBody {
    let kinds = q().body_kinds;
    let mut a = Assessment::new(format!("b{i}"), "2026-11-30T00:00:00.000Z");
    a.body.name = format!("Body {i}");
    a.body.date = format!("2026-{:02}-01", 1 + i % 12);
    a.body.kind = kinds[kind % kinds.len()].id.to_string();
    let mut x = seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let question = q();
    a.answer(question.version, |answers| {
        for qn in question.questions {
            for part in qn.parts {
                for option in part.options {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if x.is_multiple_of(4) {
                        answers.set_option(question, part.id, option.id, true);
                    }
                }
            }
        }
    });
    CountyBody::new(a, Source::Browser, q(), standards())
}

/// Every sentence the report writes of these bodies, in groups whose
/// sentences must not repeat.
fn report(bodies: &[&CountyBody]) -> Vec<Vec<String>> {
    let mut groups = Vec::new();
    for filter in [BodyFilter::All, BodyFilter::Councils] {
        let shown: Vec<&CountyBody> = bodies
            .iter()
            .copied()
            .filter(|b| filter.admits(b.kind()))
            .collect();
        if shown.is_empty() {
            continue;
        }
        for matrix in part_matrices(q(), &shown) {
            groups.push(part_sentences(&matrix, &shown, &filter));
        }
        // Each standard's sentences stand together, under its title.
        groups.extend(
            standard_sentences(standards(), &shown, &filter)
                .into_iter()
                .map(|(_, s)| s),
        );
    }
    groups.push(summary_lines(q(), standards(), bodies));
    // Each step's lead stands under its own standard's heading.
    groups.extend(
        county_next_steps(standards(), bodies)
            .iter()
            .map(|s| vec![s.lead()]),
    );
    groups.push(vec![county_chart_title(bodies.len())]);
    // The report's own words, as generated, a paragraph a group.
    let texts = ReportText {
        invited: Some(400),
        ..ReportText::default()
    };
    for field in [
        TextField::Introduction,
        TextField::Method,
        TextField::Conclusion,
    ] {
        groups.push(sentences_of(&texts.paragraphs(
            field,
            q(),
            standards(),
            bodies,
        )));
    }
    // A few bodies' snapshots: each sentence once.
    for b in bodies.iter().take(3) {
        let text = snapshot(&capitalise(&b.in_sentence), q(), &b.assessment.answers);
        groups.push(sentences_of(&[text]));
    }
    groups
}

fn sentences_of(paragraphs: &[String]) -> Vec<String> {
    paragraphs
        .iter()
        .flat_map(|p| p.split(". "))
        .map(String::from)
        .collect()
}

/// The faults in one sentence, if any.
fn faults(s: &str) -> Vec<String> {
    let mut found = Vec::new();
    let padded = format!(" {s} ");
    for bad in [
        " 1 bodies",
        " 1 respondents",
        " 1 councils",
        "all one ",
        "all no ",
        " one bodies",
        " one respondents",
        " one councils",
        "Both one",
    ] {
        if padded.contains(bad) {
            found.push(format!("\"{}\"", bad.trim()));
        }
    }
    // "fifteen of the 15", "15 of the 15".
    let words: Vec<&str> = s.split_whitespace().collect();
    for w in words.windows(4) {
        if w[1] == "of" && w[2] == "the" && w[0].eq_ignore_ascii_case(w[3]) {
            let n = w[0].to_ascii_lowercase();
            if (0..=20).any(|k| number_words(k) == n) || n.parse::<usize>().is_ok() {
                found.push(format!("\"{} of the {}\"", w[0], w[3]));
            }
        }
    }
    // An empty list or a name left out: ": .", ", .", "for .", doubled spaces.
    for bad in [
        ": .", ", .", " and .", " or .", "  ", "()", ": ;", " .", "for .",
    ] {
        if s.contains(bad) {
            found.push(format!("\"{bad}\""));
        }
    }
    if s.trim().is_empty() {
        found.push("an empty sentence".into());
    }
    // The GOV.UK style: figures from 10 ("thirteen items" is the report's own name).
    const PAST_NINE: [&str; 10] = [
        "ten",
        "eleven",
        "twelve",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    for word in s.split(|c: char| !c.is_alphabetic()) {
        if PAST_NINE.contains(&word.to_ascii_lowercase().as_str()) {
            found.push(format!("\"{word}\" in words"));
        }
    }
    found
}

fn check(bodies: &[CountyBody]) -> Result<(), TestCaseError> {
    let refs: Vec<&CountyBody> = bodies.iter().collect();
    for group in report(&refs) {
        let mut seen = std::collections::HashSet::new();
        for s in &group {
            let f = faults(s);
            prop_assert!(f.is_empty(), "a set of {}: {:?} in: {s}", bodies.len(), f);
            prop_assert!(
                seen.insert(s.clone()),
                "a set of {}: said twice: {s}",
                bodies.len()
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn sentences_hold_from_one_body_to_four_hundred(
        n in prop_oneof![1usize..=3, 4usize..=20, 21usize..=400],
        kinds in prop::collection::vec(0usize..10, 1..=8),
        seed in any::<u64>(),
    ) {
        let bodies: Vec<CountyBody> = (0..n).map(|i| body(i, kinds[i % kinds.len()], seed)).collect();
        check(&bodies)?;
    }
}

#[test]
fn one_body_and_two_read_as_one_and_two() {
    for n in [1, 2] {
        let bodies: Vec<CountyBody> = (0..n).map(|i| body(i, 0, 7)).collect();
        check(&bodies).unwrap();
    }
    let one = [body(0, 0, 7)];
    let refs: Vec<&CountyBody> = one.iter().collect();
    assert_eq!(
        county_chart_title(1),
        "County chart: how the one body in the picture stands on each standard"
    );
    let summary = summary_lines(q(), standards(), &refs);
    assert!(
        summary[0].starts_with("1 body in the picture."),
        "{summary:?}"
    );
    for step in county_next_steps(standards(), &refs) {
        assert!(
            [
                "Short of the minimum for the one body.",
                "No evidence given for the one body."
            ]
            .contains(&step.lead().as_str()),
            "{}",
            step.lead()
        );
    }
}

/// A body of `kind` holding just `options`.
fn holding(i: usize, kind: &str, options: &[&str]) -> CountyBody {
    let mut a = Assessment::new(format!("h{i}"), "2026-11-30T00:00:00.000Z");
    a.body.name = format!("Body {i}");
    a.body.date = format!("2026-{:02}-01", 1 + i % 12);
    a.body.kind = kind.to_string();
    a.answer(q().version, |answers| {
        for o in options {
            let (part, option) = o.split_once('.').unwrap();
            answers.set_option(q(), part, option, true);
        }
    });
    CountyBody::new(a, Source::Browser, q(), standards())
}

#[test]
fn only_keeps_its_group_among_the_councils() {
    // Twelve other bodies, six with a seat on the LSP; three councils, one.
    let mut bodies: Vec<CountyBody> = (0..12)
        .map(|i| {
            holding(
                i,
                "police",
                if i < 6 { &["q2.lsp"] } else { &["q2.liaison"] },
            )
        })
        .collect();
    bodies.push(holding(12, "district", &["q2.lsp"]));
    bodies.push(holding(13, "district", &["q2.liaison"]));
    bodies.push(holding(14, "county", &["q2.liaison"]));
    let refs: Vec<&CountyBody> = bodies.iter().collect();
    let q2 = part_matrices(q(), &refs)
        .into_iter()
        .find(|m| m.part.id == "q2")
        .unwrap();
    let said = part_sentences(&q2, &refs, &BodyFilter::All);
    assert!(
        said.contains(&"Seven of the 15 respondents report the VCS on their LSP.".to_string()),
        "{said:#?}"
    );
    assert!(
        said.contains(
            &"Of the three councils, only Body 12 reports the VCS on their LSP.".to_string()
        ),
        "{said:#?}"
    );
}

#[test]
fn next_steps_name_every_body_short_or_without_evidence_sorted_and_labelled() {
    // Three councils without the LSP (not met on influence), one that has
    // not answered question 2 at all (no evidence), one partly met.
    let bodies = [
        holding(0, "district", &["q2.liaison"]),
        holding(1, "district", &["q1.grants"]),
        holding(2, "county", &["q2.task_finish"]),
        holding(3, "district", &["q2.none"]),
        holding(4, "district", &["q2.networks"]),
    ];
    let refs: Vec<&CountyBody> = bodies.iter().rev().collect();
    let steps = county_next_steps(standards(), &refs);
    let influence = &steps[0];
    assert_eq!(influence.standard.id, "influence");
    assert_eq!(influence.no_evidence, 1);
    assert_eq!(
        influence.lead(),
        "Short of the minimum for four of the five bodies; no evidence given for one."
    );
    let who: Vec<String> = influence.groups.iter().map(|g| g.who()).collect();
    assert_eq!(
        who,
        [
            "Not met: Body 0 and Body 3. No evidence given: Body 1.",
            "Partly met: Body 2 and Body 4."
        ]
    );
}
