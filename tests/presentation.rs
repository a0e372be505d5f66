//! Presentation mode's keys, slides, privacy and numbered options.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{q, standards};
use thriving_third_sector::domain::ids::OptionRef;
use thriving_third_sector::domain::presentation::{
    command_for_key, feeds, numbered_options, Command, NumberEntry, Presentation, Slide,
    DIGIT_PAUSE_MS,
};

#[test]
fn keys_map_to_commands_and_switch_off_together() {
    for (key, command) in [
        ("ArrowRight", Command::Next),
        ("n", Command::Next),
        ("N", Command::Next),
        ("ArrowLeft", Command::Previous),
        ("p", Command::Previous),
        ("f", Command::Fullscreen),
        ("r", Command::Reveal),
        ("b", Command::Blank),
        ("?", Command::Help),
        ("7", Command::Digit(7)),
    ] {
        assert_eq!(command_for_key(key, true), Some(command), "{key}");
        assert_eq!(
            command_for_key(key, false),
            None,
            "{key} with shortcuts off"
        );
    }
    // Escape belongs to the browser (it leaves fullscreen); Tab and Space to focus.
    for key in ["Escape", "Tab", " ", "Enter", "x", "10"] {
        assert_eq!(command_for_key(key, true), None, "{key}");
    }
}

#[test]
fn questions_step_within_bounds_and_reveal_goes_to_the_chart_and_back() {
    let (questions, standards) = (14, 13);
    let mut p = Presentation::default();
    assert!(p.private && p.shortcuts && !p.is_revealed());
    p.previous();
    assert_eq!(p.slide, Slide::Question(0));
    for _ in 0..20 {
        p.next(questions, standards);
    }
    assert_eq!(p.slide, Slide::Question(13));
    p.previous();
    p.previous();
    assert_eq!(p.slide, Slide::Question(11));

    p.toggle_reveal();
    assert_eq!(p.slide, Slide::Chart);
    p.next(questions, standards);
    assert_eq!(p.slide, Slide::Standard(0));
    for _ in 0..20 {
        p.next(questions, standards);
    }
    assert_eq!(p.slide, Slide::Standard(12));
    p.previous();
    assert_eq!(p.slide, Slide::Standard(11));
    p.toggle_reveal();
    assert_eq!(p.slide, Slide::Question(11), "back where the room was");
}

#[test]
fn moving_clears_the_blank_screen_and_the_help() {
    let mut p = Presentation {
        blank: true,
        help: true,
        ..Presentation::default()
    };
    p.next(14, 13);
    assert!(!p.blank && !p.help);
}

#[test]
fn free_text_is_shown_for_one_question_only_while_private() {
    let mut p = Presentation::default();
    p.begin(Slide::Question(3));
    assert!(!p.text_visible(3));
    p.toggle_text();
    assert!(p.text_visible(3));
    assert!(!p.text_visible(4));
    p.next(14, 13);
    assert!(!p.text_visible(4));
    p.previous();
    assert!(!p.text_visible(3), "showing text lasts for one visit");
    p.private = false;
    assert!(p.text_visible(4));
}

#[test]
fn a_new_start_is_private_again_and_keeps_the_shortcut_switch() {
    let mut p = Presentation {
        private: false,
        shortcuts: false,
        blank: true,
        text_shown_for: Some(2),
        ..Presentation::default()
    };
    p.begin(Slide::Chart);
    assert!(p.private && !p.blank && p.text_shown_for.is_none());
    assert!(!p.shortcuts, "the switch is the facilitator's choice");
    assert_eq!(p.slide, Slide::Chart);
}

#[test]
fn a_state_from_another_window_is_checked_before_it_is_shown() {
    let ok = Presentation::default();
    assert!(ok.is_within(14, 13));
    for bad in [
        Presentation {
            slide: Slide::Question(14),
            ..ok
        },
        Presentation {
            slide: Slide::Standard(13),
            ..ok
        },
        Presentation {
            last_question: 99,
            ..ok
        },
        Presentation {
            text_shown_for: Some(20),
            ..ok
        },
    ] {
        assert!(!bad.is_within(14, 13), "{bad:?}");
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
    // Question 3.2 goes on from 3.1's four options.
    assert_eq!(numbered[4].1, OptionRef::new("q3_2", "refresh_due"));
}

#[test]
fn digits_choose_options_with_two_digits_past_nine() {
    let mut entry = NumberEntry::default();
    // Few options: one digit chooses at once.
    assert_eq!(entry.digit(3, 5, 0.0), [3]);
    assert_eq!(entry.digit(0, 5, 0.0), Vec::<usize>::new());
    assert_eq!(entry.digit(7, 5, 0.0), Vec::<usize>::new());
    // Seventeen options: "1" waits for a second digit...
    assert!(entry.digit(1, 17, 0.0).is_empty());
    assert!(entry.is_waiting());
    assert_eq!(entry.digit(2, 17, 100.0), [12]);
    assert!(!entry.is_waiting());
    // ...and is chosen alone once the pause is over.
    assert!(entry.digit(1, 17, 0.0).is_empty());
    assert_eq!(entry.flush(), Some(1));
    // A second digit after the pause: the first stands alone, then the second.
    assert!(entry.digit(1, 17, 0.0).is_empty());
    assert_eq!(entry.digit(4, 17, DIGIT_PAUSE_MS + 1.0), [1, 4]);
    // "1" then "9" with seventeen options: 19 is past the end, so 1, then 9.
    assert!(entry.digit(1, 17, 0.0).is_empty());
    assert_eq!(entry.digit(9, 17, 10.0), [1, 9]);
    // A new slide forgets a digit still waiting.
    assert!(entry.digit(1, 17, 0.0).is_empty());
    entry.clear();
    assert!(!entry.is_waiting());
    assert_eq!(entry.digit(5, 11, 10.0), [5]);
    // Eleven options: "1" then "4" is 1, then 4.
    assert!(entry.digit(1, 11, 0.0).is_empty());
    assert_eq!(entry.digit(4, 11, 10.0), [1, 4]);
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
