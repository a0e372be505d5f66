//! Presentation mode's keys, slides, privacy, numbering and prompts.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use thriving_third_sector::domain::ids::OptionRef;
use thriving_third_sector::domain::peers::PeerSet;
use thriving_third_sector::domain::presentation::{
    command_for_key, feeds, figure_2010, numbered_options, question_pages, redact_contacts,
    slide_option_label, slide_part_label, why_points, Command, Deck, GoTo, GoToStep, KeyTarget,
    PeerCounts, Presentation, Prompts, Slide, HIDDEN_CONTACT, MAX_OPTIONS,
};
use thriving_third_sector::domain::scoring::{score_all, Status};

fn deck() -> Deck {
    Deck::new(q(), standards().standards.len())
}

#[test]
fn navigation_keys_always_work_and_only_character_keys_switch_off() {
    use KeyTarget::Page;
    for (key, command) in [
        ("ArrowRight", Command::Next),
        ("PageDown", Command::Next),
        (" ", Command::Next),
        ("ArrowLeft", Command::Previous),
        ("PageUp", Command::Previous),
        ("Home", Command::First),
        ("End", Command::Last),
    ] {
        assert_eq!(
            command_for_key(key, false, true, Page),
            Some(command),
            "{key}"
        );
        assert_eq!(
            command_for_key(key, false, false, Page),
            Some(command),
            "{key} with character keys off (WCAG 2.1.4 asks only for those)"
        );
    }
    assert_eq!(
        command_for_key(" ", true, true, Page),
        Some(Command::Previous)
    );
    for (key, command) in [
        ("n", Command::Next),
        ("N", Command::Next),
        ("p", Command::Previous),
        ("f", Command::Fullscreen),
        ("r", Command::Reveal),
        ("b", Command::Blank),
        ("g", Command::GoTo),
        ("?", Command::Help),
        ("7", Command::Digit(7)),
    ] {
        assert_eq!(
            command_for_key(key, false, true, Page),
            Some(command),
            "{key}"
        );
        assert_eq!(command_for_key(key, false, false, Page), None, "{key} off");
    }
    // Space and Enter press a focused button; Escape leaves full screen.
    assert_eq!(command_for_key(" ", false, true, KeyTarget::Control), None);
    assert_eq!(
        command_for_key("Enter", false, true, KeyTarget::Control),
        None
    );
    for key in ["Escape", "Tab", "x", "10"] {
        assert_eq!(command_for_key(key, false, true, Page), None, "{key}");
    }
}

#[test]
fn no_slide_has_more_than_nine_options_and_every_option_is_on_one_slide() {
    for question in q().questions.iter() {
        let pages = question_pages(question);
        let total = numbered_options(question).len();
        let mut next = 0;
        for page in &pages {
            assert!(page.len() <= MAX_OPTIONS, "{}: {page:?}", question.id);
            assert_eq!(page.start, next, "{}: in order, none left out", question.id);
            next = page.end;
        }
        assert_eq!(next, total, "{}", question.id);
    }
    // Seventeen kinds of support go over two slides; question 3's two parts
    // take a slide each rather than splitting the second.
    assert_eq!(question_pages(q().question("q1").unwrap()).len(), 2);
    assert_eq!(question_pages(q().question("q3").unwrap()), [0..4, 4..10]);
    let free_text_only = question_pages(q().question("q7").unwrap());
    assert_eq!(free_text_only.len(), 1, "one slide");
    assert!(free_text_only[0].is_empty(), "with no options");
}

#[test]
fn next_and_previous_stay_on_their_side_of_the_reveal() {
    let deck = deck();
    let mut p = Presentation::default();
    assert!(p.private && p.shortcuts && !p.is_revealed());
    p.previous(&deck);
    assert_eq!(p.slide, Slide::question(0));
    p.next(&deck);
    assert_eq!(
        p.slide,
        Slide::Question { index: 0, page: 1 },
        "question 1, continued"
    );
    for _ in 0..40 {
        p.next(&deck);
    }
    assert_eq!(
        p.slide,
        Slide::Recap,
        "the recap ends the questions; only R reveals"
    );
    p.first(&deck);
    assert_eq!(p.slide, Slide::question(0));
    p.last(&deck);
    assert_eq!(p.slide, Slide::Recap);
    p.previous(&deck);
    let before = p.slide;
    assert_eq!(before.question_index(), Some(13));

    p.toggle_reveal();
    assert_eq!(p.slide, Slide::Chart);
    p.next(&deck);
    assert_eq!(p.slide, Slide::Standard(0));
    p.last(&deck);
    assert_eq!(p.slide, Slide::Actions);
    p.previous(&deck);
    assert_eq!(p.slide, Slide::Invite, "the QR code to answer by");
    p.previous(&deck);
    assert_eq!(
        p.slide,
        Slide::Sector,
        "the sector's view after the standards"
    );
    p.previous(&deck);
    assert_eq!(p.slide, Slide::Standard(12));
    p.first(&deck);
    assert_eq!(p.slide, Slide::Chart);
    p.previous(&deck);
    assert_eq!(p.slide, Slide::Chart, "never back over the reveal");
    p.toggle_reveal();
    assert_eq!(p.slide, before, "back where the room was");
}

#[test]
fn a_navigation_key_on_a_blank_screen_first_brings_the_same_slide_back() {
    let deck = deck();
    let mut p = Presentation::default();
    p.go_to_question(4, &deck);
    p.blank = true;
    for command in [
        Command::Next,
        Command::Previous,
        Command::First,
        Command::Last,
    ] {
        p.blank = true;
        p.navigate(command, &deck);
        assert!(!p.blank, "{command:?}");
        assert_eq!(p.slide, Slide::question(4), "{command:?}: the same slide");
    }
    p.navigate(Command::Next, &deck);
    assert_eq!(p.slide, Slide::question(5), "then it moves");
}

#[test]
fn g_then_a_number_goes_to_that_question() {
    let mut g = GoTo::default();
    assert_eq!(
        g.digit(1, 14),
        GoToStep::Waiting(1),
        "10 to 14 could follow"
    );
    assert_eq!(g.digit(5, 14), GoToStep::Refused, "there is no question 15");
    assert_eq!(g.digit(4, 14), GoToStep::Go(14));
    let mut g = GoTo::default();
    assert_eq!(g.digit(1, 14), GoToStep::Waiting(1));
    assert_eq!(g.enter(), Some(1));
    assert_eq!(GoTo::default().digit(3, 14), GoToStep::Go(3));
    assert_eq!(GoTo::default().digit(0, 14), GoToStep::Refused);
    assert_eq!(GoTo::default().enter(), None);

    let deck = deck();
    let mut p = Presentation::default();
    p.toggle_reveal();
    p.go_to_question(8, &deck);
    assert_eq!(p.slide, Slide::question(8), "from the results too");
    p.go_to_question(14, &deck);
    assert_eq!(p.slide, Slide::question(8), "out of range: nothing");
}

#[test]
fn free_text_goes_on_the_wall_for_one_question_only_and_only_on_purpose() {
    let deck = deck();
    let mut p = Presentation::default();
    p.begin(Slide::question(3));
    assert!(!p.text_shown(3));
    p.toggle_text();
    assert!(p.text_shown(3));
    assert!(!p.text_shown(4));
    p.go_to_question(4, &deck);
    assert!(!p.text_shown(4));
    p.go_to_question(3, &deck);
    assert!(!p.text_shown(3), "showing text lasts for one visit");
}

#[test]
fn contact_details_never_reach_the_wall() {
    for (text, hidden) in [
        ("ask Jane Officer on 07700 900123", 1),
        (
            "ring +44 (0)1707 292 000 or email jane.officer@herts.gov.uk.",
            2,
        ),
        ("Bob Smith to raise with the CVS by March", 0),
        ("grants of £12,500 in 2009 and 2010", 0),
        ("<jo@example.org>", 1),
        ("07700900123", 1),
        ("+44 7700 900123", 1),
        ("call 07700\u{a0}900123 today", 1),
        ("call 07700/900123", 1),
        ("jo@mail.herts.gov.uk", 1),
        ("2019 2020 2021", 0),
        ("01.04.2023-31.03.2024", 0),
        ("5000 10000 20000", 0),
    ] {
        let (out, n) = redact_contacts(text);
        assert_eq!(n, hidden, "{text} -> {out}");
        assert!(
            !out.contains("900123") && !out.contains("292 000") && !out.contains('@'),
            "{out}"
        );
        assert_eq!(out.matches(HIDDEN_CONTACT).count(), hidden, "{out}");
    }
    assert_eq!(
        redact_contacts("Bob Smith").0,
        "Bob Smith",
        "names are the facilitator's to check"
    );
}

#[test]
fn a_new_start_is_private_again_and_keeps_the_shortcut_switch() {
    let mut p = Presentation {
        private: false,
        shortcuts: false,
        blank: true,
        ended: true,
        text_shown_for: Some(2),
        ..Presentation::default()
    };
    p.begin(Slide::Chart);
    assert!(p.private && !p.blank && !p.ended && p.text_shown_for.is_none());
    assert!(!p.shortcuts, "the switch is the facilitator's choice");
    assert_eq!(p.slide, Slide::Chart);
}

#[test]
fn a_state_from_another_window_is_checked_before_it_is_shown() {
    let deck = deck();
    let ok = Presentation::default();
    assert!(ok.is_within(&deck));
    for bad in [
        Presentation {
            slide: Slide::question(14),
            ..ok
        },
        Presentation {
            slide: Slide::Question { index: 4, page: 3 },
            ..ok
        },
        Presentation {
            slide: Slide::Standard(13),
            ..ok
        },
        Presentation {
            back_to: Slide::Chart,
            ..ok
        },
        Presentation {
            text_shown_for: Some(20),
            ..ok
        },
    ] {
        assert!(!bad.is_within(&deck), "{bad:?}");
    }
}

#[test]
fn the_state_travels_between_windows_as_json() {
    let p = Presentation {
        slide: Slide::Standard(4),
        blank: true,
        ..Presentation::default()
    };
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<Presentation>(&json).unwrap(), p);
    assert!(json.contains(r#""slide":{"Standard":4}"#), "{json}");
}

#[test]
fn options_are_numbered_across_the_parts_of_a_question() {
    let q3 = q().question("q3").unwrap();
    let numbered = numbered_options(q3);
    assert_eq!(numbered[0].1, OptionRef::new("q3_1", "yes"));
    assert_eq!(numbered[4].1, OptionRef::new("q3_2", "refresh_due"));
}

#[test]
fn every_question_has_prompts_within_a_ninety_minute_workshop() {
    let mut minutes = 0;
    for question in q().questions.iter() {
        let p = Prompts::of(question.id).unwrap_or_else(|| panic!("{}: no prompts", question.id));
        assert!((2..=3).contains(&p.ask.len()), "{}", question.id);
        assert!(p.ask.iter().all(|a| a.ends_with('?')), "{}", question.id);
        // Every quotation has its place in the report.
        assert_eq!(
            p.found.is_some(),
            p.found_source.is_some(),
            "{}",
            question.id
        );
        assert!(p.found.is_none_or(|f| f.contains('"')), "{}", question.id);
        for (key, _) in p.slide_labels {
            let known = match key.split_once('.') {
                Some((part, option)) => q().option(&OptionRef::new(part, option)).is_some(),
                None => question.parts.iter().any(|part| part.id == *key),
            };
            assert!(known, "{}: {key} is no option or part of it", question.id);
        }
        minutes += p.minutes;
    }
    assert!(
        (45..=65).contains(&minutes),
        "{minutes} minutes of questions"
    );
}

#[test]
fn slides_word_questions_for_the_wall() {
    let q4 = q().question("q4").unwrap();
    let plan = &q4.parts[1];
    assert_eq!(
        slide_option_label(q4, plan, "planned"),
        "Yes, we plan to",
        "nothing below on a slide"
    );
    let q9 = q().question("q9").unwrap();
    // A lone part labelled as the question says nothing more.
    assert_eq!(
        slide_part_label(q9, &q9.parts[0]),
        Some("Do you have a senior lead?")
    );
    let q1 = q().question("q1").unwrap();
    assert_eq!(
        slide_part_label(q1, &q1.parts[0]),
        Some("Every kind of support you give")
    );
}

#[test]
fn the_2010_figure_counts_the_fifteen_respondents() {
    // The counts made at build time are the peers' own answers.
    let peers = PeerSet::bundled();
    let counts = PeerCounts::bundled();
    assert_eq!(counts.peers, peers.peers.len());
    for question in q().questions.iter() {
        for part in question.parts {
            for option in part.options {
                let chosen = peers
                    .peers
                    .iter()
                    .filter(|p| p.answers.is_selected(part.id, option.id))
                    .count();
                assert_eq!(
                    counts.chosen(part.id, option.id),
                    chosen,
                    "{}.{}",
                    part.id,
                    option.id
                );
            }
        }
    }
    let q1 = q().question("q1").unwrap();
    let figure = figure_2010(q1, counts).unwrap();
    assert!(
        figure.starts_with("In 2010, of the 15 Hertfordshire respondents: "),
        "{figure}"
    );
    // "All except two of the respondents provide grants or other funding".
    assert!(figure.contains("13"), "{figure}");
}

#[test]
fn a_standard_slide_gives_two_or_three_short_grammatical_points() {
    let a = answers(
        &[
            "q2.lsp",
            "q6_2.consultations",
            "q8.yes",
            "q5.meetings",
            "q10.yes",
            "q1.grants",
        ],
        &[("q8_details", "Jane Officer, 07700 900123")],
    );
    let scores = score_all(standards(), q(), &a);
    for score in &scores {
        let standard = score.standard(standards());
        let points = why_points(score, standard);
        assert!(
            (2..=3).contains(&points.len()),
            "{}: {points:?}",
            standard.id
        );
        for p in &points {
            assert!(
                p.starts_with(|c: char| c.is_uppercase()) && p.ends_with('.'),
                "{p}"
            );
            assert!(!p.contains("needs at least one of these is"), "{p}");
            assert!(!p.contains("07700"), "free text stays off the wall: {p}");
            assert!(
                !p.contains("(question"),
                "the slides number questions their own way: {p}"
            );
            assert!(
                !p.contains("Select every"),
                "an instruction is no question: {p}"
            );
        }
    }
    let influence = &scores[0];
    assert_eq!(influence.status, Status::PartlyMet);
    assert_eq!(
        why_points(influence, influence.standard(standards()))[0],
        "In place: “The VCS sits on the Local Strategic Partnership (LSP)”."
    );
    let officer = scores.iter().find(|s| s.standard_id == "officer").unwrap();
    assert_eq!(
        why_points(officer, officer.standard(standards()))[0],
        "In place: “Yes” to “Do you have a responsible officer?”."
    );
    // Not met: what meets it, then the way up to partly met.
    let funding = scores
        .iter()
        .find(|s| s.standard_id == "infrastructure_funding")
        .unwrap();
    assert_eq!(funding.status, Status::NotMet);
    assert_eq!(
        why_points(funding, funding.standard(standards()))[2],
        "Partly met on a plan alone when you plan to increase funding for the CVS."
    );
}

#[test]
fn the_presenter_sees_what_each_option_feeds() {
    let names = |part: &'static str, option: &'static str| -> Vec<String> {
        feeds(standards(), &OptionRef::new(part, option))
            .iter()
            .map(|s| s.id.to_string())
            .collect()
    };
    assert_eq!(names("q2", "lsp"), ["influence", "communication"]);
    assert_eq!(names("q1", "premises"), Vec::<String>::new());
    assert_eq!(
        names("q6_3", "induction"),
        ["internal_promotion", "induction"]
    );
}
