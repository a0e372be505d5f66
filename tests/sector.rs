//! The sector's view: its questions, the invitation link, the response
//! code (round trip, every single change caught, found in any text, hostile
//! input refused) and what the answers add up to, five at least.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, q, standards};
use proptest::prelude::*;
use thriving_third_sector::domain::scoring::score_all;
use thriving_third_sector::domain::sector::*;

fn questions() -> &'static SectorQuestions {
    SectorQuestions::bundled()
}

fn any_answer() -> impl Strategy<Value = Option<ItemAnswer>> {
    prop_oneof![
        Just(None),
        (0usize..4).prop_map(|i| Some(ItemAnswer::ALL[i]))
    ]
}

prop_compose! {
    /// Today's codes (a 35-bit id and a revision) and version 1's (a
    /// longer id, no revision).
    fn any_response()(
        tag in 0u32..(1 << 20),
        (id, revision) in prop_oneof![
            (0u64..(1 << ID_BITS), 0u8..=MAX_REVISION),
            ((1u64 << ID_BITS)..(1 << 40), Just(0u8)),
        ],
        day in 0u16..(1 << 15),
        ni7 in prop::option::of(0u8..6),
        items in prop::array::uniform13(any_answer()),
        kind in prop::option::of(0u8..7),
        size in prop::option::of(0u8..7),
    ) -> SectorResponse {
        SectorResponse { invitation_tag: tag, id, day, revision, ni7, items, kind, size }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_code_round_trips_within_sixty_characters(r in any_response()) {
        let code = r.to_code();
        prop_assert!(code.len() <= MAX_CODE_LEN, "{code}");
        prop_assert!(!code.contains(' '));
        let version = if r.id >> ID_BITS == 0 { "VCS2-" } else { "VCS1-" };
        prop_assert!(code.starts_with(version), "{code}");
        prop_assert_eq!(code.len(), 34);
        prop_assert_eq!(SectorResponse::from_code(&code), Ok(r.clone()));
        // As typed: lower case, no hyphens.
        let typed = code.to_lowercase().replace('-', "");
        prop_assert_eq!(SectorResponse::from_code(&typed), Ok(r));
    }

    #[test]
    fn any_single_character_changed_is_caught(r in any_response(), at in 0usize..25, by in 1u8..32) {
        let code = r.to_code();
        let symbols: Vec<usize> = code.char_indices().skip(5).filter(|(_, c)| *c != '-').map(|(i, _)| i).collect();
        let i = symbols[at];
        const SYMBOLS: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let was = SYMBOLS.iter().position(|&s| s == code.as_bytes()[i]).unwrap();
        let now = SYMBOLS[(was + usize::from(by)) % 32] as char;
        let mut changed = code.clone();
        changed.replace_range(i..=i, &now.to_string());
        prop_assert_ne!(SectorResponse::from_code(&changed), Ok(r));
    }

    #[test]
    fn hostile_text_never_panics(text in ".{0,200}") {
        let _ = SectorResponse::from_code(&text);
        for found in find_codes(&text) {
            let _ = SectorResponse::from_code(&found);
        }
        let _ = Invitation::from_fragment(&text);
    }

    #[test]
    fn a_prefixed_garble_is_refused_not_misread(tail in "[0-9A-Za-z -]{0,40}") {
        let text = format!("VCS2-{tail}");
        if let Ok(r) = SectorResponse::from_code(&text) {
            // Only a code that checks may be read, and it reads back the same.
            prop_assert_eq!(SectorResponse::from_code(&r.to_code()), Ok(r));
        }
    }
}

fn sample(id: u64) -> SectorResponse {
    SectorResponse {
        invitation_tag: 0xABCDE,
        id,
        day: day_number("2026-11-30").unwrap(),
        revision: 0,
        ni7: Some(1),
        items: [Some(ItemAnswer::Yes); 13],
        kind: Some(0),
        size: None,
    }
}

#[test]
fn a_swap_of_neighbours_is_caught() {
    let code = sample(42).to_code();
    let chars: Vec<char> = code.chars().collect();
    for i in 5..chars.len() - 1 {
        if chars[i] == '-' || chars[i + 1] == '-' || chars[i] == chars[i + 1] {
            continue;
        }
        let mut swapped = chars.clone();
        swapped.swap(i, i + 1);
        let swapped: String = swapped.into_iter().collect();
        assert!(SectorResponse::from_code(&swapped).is_err(), "{swapped}");
    }
}

#[test]
fn codes_are_found_in_a_pasted_email_thread() {
    let (a, b) = (sample(1).to_code(), sample(2).to_code());
    let thread = format!(
        "From: Jo\n> Here is ours: {a}\n> thanks!\n\nOn Monday Pat wrote:\nOur code is {}, sorry for the delay.\nMISVCS1 is not one.",
        b.to_lowercase()
    );
    let found = find_codes(&thread);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(SectorResponse::from_code(&found[0]), Ok(sample(1)));
    assert_eq!(SectorResponse::from_code(&found[1]), Ok(sample(2)));
    // Cut short: found, and refused with a reason.
    let cut = &a[..20];
    let found = find_codes(&format!("code: {cut}"));
    assert_eq!(found.len(), 1);
    assert!(matches!(
        SectorResponse::from_code(&found[0]),
        Err(CodeError::WrongLength { .. })
    ));
    assert_eq!(SectorResponse::from_code("hello"), Err(CodeError::NotACode));
    assert!(SectorResponse::from_code("VCS1-AAAAA-<script>").is_err());
    assert!(
        find_codes("Our reference VCS2 batch 3, and VCS1 too").is_empty(),
        "words, not codes"
    );
    // Typed as read out, with spaces for its hyphens: found whole.
    let spaced = a.replace('-', " ");
    let found = find_codes(&format!("Ours is {spaced}. Thanks"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(SectorResponse::from_code(&found[0]), Ok(sample(1)));
    assert!(
        SectorResponse::from_code("VCS3-AAAAA").is_err(),
        "no third version yet"
    );
    assert!(
        SectorResponse::from_code("VCé").is_err(),
        "never cut inside a character"
    );
    let mistyped = a.replacen(&a[6..7], if &a[6..7] == "0" { "1" } else { "0" }, 1);
    assert!(SectorResponse::from_code(&mistyped)
        .unwrap_err()
        .to_string()
        .contains("mistyped"));
}

#[test]
fn an_invitation_round_trips_and_a_changed_link_is_refused() {
    let invitation = Invitation {
        id: InvitationId::from_bits(0x12_3456_789A),
        body: "Dacorum Borough Council & LSP \u{2013} \"ours\"".into(),
        kind: "district".into(),
        closes: Some("2026-12-31".into()),
        reply_to: Some("vcs.team@dacorum.example".into()),
        named: false,
        collector: None,
    };
    let fragment = invitation.to_fragment();
    assert!(
        !fragment.contains(' ') && !fragment.contains('"'),
        "{fragment}"
    );
    assert_eq!(Invitation::from_fragment(&fragment), Ok(invitation.clone()));
    assert!(invitation.is_open("2026-12-31"));
    assert!(!invitation.is_open("2027-01-01"));
    assert_eq!(
        InvitationId::parse(invitation.id.as_str()).unwrap().tag(),
        invitation.id.tag()
    );
    for (bad, why) in [
        ("#filter=councils", InvitationError::NotAnInvitation),
        (
            "#invite=1&body=X",
            InvitationError::Missing("invitation id"),
        ),
        (
            "#invite=1&id=ABCDEFGH",
            InvitationError::Missing("body name"),
        ),
        (
            "#invite=1&id=ABCDEFGH&body=%ZZ",
            InvitationError::Malformed("body name"),
        ),
        (
            "#invite=1&id=ABCDEFGH&body=X&closes=2026-02-30",
            InvitationError::Malformed("closing date"),
        ),
        (
            "#invite=1&id=ABCDEFGH&body=X&reply=a%40b%3Fsubject%3Dx",
            InvitationError::Malformed("address"),
        ),
        (
            "#invite=1&id=ABCDEFGH&body=X&kind=%3Cscript%3E",
            InvitationError::Malformed("kind of body"),
        ),
        (
            "#invite=1&id=ABC&body=X",
            InvitationError::Malformed("invitation id"),
        ),
    ] {
        assert_eq!(Invitation::from_fragment(bad), Err(why), "{bad}");
    }
}

#[test]
fn dates_count_days_from_2020() {
    assert_eq!(day_number("2020-01-01"), Some(0));
    assert_eq!(
        day_number("2026-11-30").map(from_day_number).as_deref(),
        Some("2026-11-30")
    );
    assert_eq!(
        day_number("2024-02-29").map(from_day_number).as_deref(),
        Some("2024-02-29")
    );
    assert_eq!(day_number("2026-02-29"), None);
    assert_eq!(day_number("2019-12-31"), None);
    assert_eq!(day_number("30/11/2026"), None);
}

#[test]
fn the_questions_reflect_each_standard_once_with_sources() {
    assert_eq!(questions().problems(standards()), Vec::<String>::new());
    let q = questions();
    assert_eq!(q.items.len(), 13);
    assert_eq!(q.ni7.options[0].label, "Very positive influence");
    assert_eq!(q.ni7.options[1].label, "Positive influence");
    assert_eq!(
        q.ni7.asked_of_one_body,
        "How does this body influence your organisation's success?"
    );
    let communication = q
        .items
        .iter()
        .find(|i| i.standard.as_str() == "communication")
        .unwrap();
    assert_eq!(
        communication.text,
        "Do you hear from this body about things that affect your organisation?"
    );
}

#[test]
fn under_five_responses_only_the_count_is_shown() {
    let scores = score_all(standards(), q(), &answers(&[], &[]));
    let four: Vec<_> = (0..4).map(sample).collect();
    let view = SectorView::of(questions(), &four, &[], &scores);
    assert_eq!(view.count, 4);
    assert_eq!(view.figures, None);
    assert_eq!(view.last_day, day_number("2026-11-30"));
    let five: Vec<_> = (0..5).map(sample).collect();
    let figures = SectorView::of(questions(), &five, &[], &scores)
        .figures
        .unwrap();
    assert_eq!(figures.ni7.map(|f| f.answered), Some(5));
    assert!(figures.items.iter().all(Option::is_some));
}

#[test]
fn a_figure_needs_five_answers_with_a_view_to_its_own_question() {
    let scores = score_all(standards(), q(), &answers(&[], &[]));
    let influence = 0;
    // Seven responses: four say "don't know" to the NI7 question and to the
    // first item, three leave them out, one of the three says no.
    let list: Vec<_> = (0..7)
        .map(|i| {
            let mut r = sample(i);
            r.ni7 = (i < 4).then_some(5);
            r.items[influence] = match i {
                0..4 => Some(ItemAnswer::DontKnow),
                4 => Some(ItemAnswer::No),
                _ => None,
            };
            r
        })
        .collect();
    let figures = SectorView::of(questions(), &list, &[], &scores)
        .figures
        .unwrap();
    assert_eq!(figures.ni7, None, "no figure from \"don't know\" alone");
    assert_eq!(figures.items[influence], None, "one no and four don't know");
    assert!(figures
        .gaps
        .iter()
        .all(|g| figures.gap_at(influence) != Some(*g)));
    assert!(
        figures.items[1].is_some(),
        "the other items have seven yeses"
    );
    // Kind given by all seven, size by none.
    assert_eq!(figures.kinds.as_ref().map(|k| k[0]), Some(7));
    assert_eq!(figures.sizes, None);
}

#[test]
fn the_ni7_figure_is_the_share_very_positive_or_positive() {
    let scores = score_all(standards(), q(), &answers(&[], &[]));
    let mut list: Vec<_> = (0..8).map(sample).collect();
    // Two very positive, one positive, one neither, one negative, one don't
    // know, two unanswered: 3 of the 6 who answered.
    for (r, ni7) in list.iter_mut().zip([
        Some(0),
        Some(0),
        Some(1),
        Some(2),
        Some(3),
        Some(5),
        None,
        None,
    ]) {
        r.ni7 = ni7;
    }
    let ni7 = SectorView::of(questions(), &list, &[], &scores)
        .figures
        .unwrap()
        .ni7
        .unwrap();
    // "Don't know" is beside the five-point scale, not on it.
    assert_eq!((ni7.positive, ni7.answered, ni7.dont_know), (3, 5, 1));
    assert_eq!(ni7.percent(), Some(60.0));
    assert_eq!(
        ni7.sentence(),
        "3 of the 5 organisations that answered this body's invitation on the five-point scale (60%) say it has a very positive or positive influence on their success. 1 more answered \"don't know\"."
    );
    // Never NI7's figures beside the body's own.
    assert!(!ni7.sentence().contains("16.2"));
    assert!(!questions().ni7.not_ni7().contains("16.2"));
    assert!(questions().ni7.not_ni7().contains("not NI7"));
}

#[test]
fn the_sector_does_not_see_what_the_body_claims_and_the_reverse() {
    // The body meets the officer standard (a responsible officer) and has
    // no Compact; the sector says no to the first and yes to the second.
    let own = answers(&["q10.yes", "q3_1.no"], &[]);
    let scores = score_all(standards(), q(), &own);
    let officer = questions()
        .items
        .iter()
        .position(|i| i.standard.as_str() == "officer")
        .unwrap();
    let compact = questions()
        .items
        .iter()
        .position(|i| i.standard.as_str() == "compact")
        .unwrap();
    let list: Vec<_> = (0..5)
        .map(|i| {
            let mut r = sample(i);
            r.items[officer] = Some(if i < 3 {
                ItemAnswer::No
            } else {
                ItemAnswer::Partly
            });
            r.items[compact] = Some(ItemAnswer::Yes);
            r
        })
        .collect();
    let gaps = SectorView::of(questions(), &list, &[], &scores)
        .figures
        .unwrap()
        .gaps;
    assert!(gaps.contains(&Gap::NotSeenYet(officer)), "{gaps:?}");
    assert!(gaps.contains(&Gap::SeesMore(compact)), "{gaps:?}");
    // The other items say yes too, of standards the body has not answered:
    // no verdict of its own, so no gap.
    assert_eq!(gaps.len(), 2, "{gaps:?}");
}

#[test]
fn every_single_change_to_a_code_is_caught() {
    const SYMBOLS: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for id in [0, 1, 42, (1 << ID_BITS) - 1, 1 << ID_BITS, (1 << 40) - 1] {
        let code = sample(id).to_code();
        for (i, c) in code.char_indices().skip(5).filter(|(_, c)| *c != '-') {
            for other in SYMBOLS.chars().filter(|&o| o != c) {
                let mut changed = code.clone();
                changed.replace_range(i..=i, &other.to_string());
                assert!(
                    SectorResponse::from_code(&changed).is_err(),
                    "{changed} passed for {code}"
                );
            }
        }
    }
}

mod survey {
    use super::*;
    use thriving_third_sector::domain::sector::{Brought, SectorSurvey, SentInvitation};

    /// One invitation sent, nothing back yet.
    pub(super) fn survey() -> (SectorSurvey, InvitationId) {
        let id = InvitationId::from_bits(0xABCDE_12345);
        let s = SectorSurvey {
            invitations: vec![SentInvitation {
                id: id.as_str().into(),
                created_at: "2026-11-30T10:00:00Z".into(),
                closes: None,
                reply_to: None,
                named: false,
                collector: None,
            }],
            ..SectorSurvey::default()
        };
        (s, id)
    }

    fn response(id: InvitationId, n: u64) -> SectorResponse {
        SectorResponse {
            invitation_tag: id.tag(),
            ..sample(n)
        }
    }

    #[test]
    fn codes_in_an_email_come_in_once_and_foreign_ones_are_refused_by_name() {
        let (mut s, id) = survey();
        let other = InvitationId::from_bits(0x11111_22222);
        let foreign = SectorResponse {
            invitation_tag: other.tag(),
            ..sample(9)
        };
        let text = format!(
            "Codes: {} and {}\\n> quoted again: {}\\nand {}",
            response(id, 1).to_code(),
            response(id, 2).to_code(),
            response(id, 1).to_code(),
            foreign.to_code()
        );
        let names =
            move |tag: u32| (tag == other.tag()).then(|| "Watford Borough Council".to_string());
        let intake = s.bring_in_text(&text, "2026-12-01T09:00:00Z", &names);
        let outcomes: Vec<&Brought> = intake.outcomes.iter().map(|(_, b)| b).collect();
        assert_eq!(
            outcomes,
            [
                &Brought::Added,
                &Brought::Added,
                &Brought::AlreadyIn,
                &Brought::OtherInvitation(Some("Watford Borough Council".into()))
            ]
        );
        assert_eq!(s.decoded().len(), 2);
        let said = intake.summary();
        assert_eq!(
            said,
            "2 responses added, 1 already in, counted once. 1 refused: see why below."
        );
        let problems = intake.problems();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].ends_with(": answers Watford Borough Council's invitation, not this one"),
            "{problems:?}"
        );
        // Brought again later: still counted once.
        let again = s.bring_in_text(&response(id, 2).to_code(), "later", &|_| None);
        assert_eq!(again.outcomes[0].1, Brought::AlreadyIn);
        assert_eq!(s.responses.len(), 2);
    }

    #[test]
    fn five_responses_evidence_the_monitoring_standard_and_four_do_not() {
        use thriving_third_sector::domain::assessment::Assessment;
        use thriving_third_sector::domain::scoring::Status;
        let monitoring = |a: &Assessment| {
            a.scores(standards(), q())
                .into_iter()
                .find(|s| s.standard_id.as_str() == "monitoring")
                .unwrap()
        };
        let rule = standards()
            .standards
            .iter()
            .find(|s| s.id.as_str() == "monitoring")
            .and_then(|s| s.met_by_sector)
            .expect("the monitoring standard is met by the sector's view");
        assert_eq!(rule.responses, MIN_ANSWERS, "the same five as the figures");
        let (survey, id) = survey();
        let mut a = Assessment::new("a", "2026-11-30T10:00:00Z");
        a.answers = answers(&["q5.meetings", "q5_focus.support"], &[]);
        a.sector = survey;
        for n in 1..=4u64 {
            let day = day_number(&format!("2026-03-{:02}", n * 5)).unwrap();
            a.sector.responses.push(ReceivedResponse {
                code: SectorResponse {
                    day,
                    ..response(id, n)
                }
                .to_code(),
                received_at: "2026-03-21".into(),
                comment: None,
                organisation: None,
                late_counted: false,
                pass_on: false,
            });
        }
        let four = monitoring(&a);
        assert_eq!(
            four.status,
            Status::PartlyMet,
            "four responses are not enough"
        );
        assert_eq!(four.sector, None);
        a.sector.responses.push(ReceivedResponse {
            code: SectorResponse {
                day: day_number("2026-03-03").unwrap(),
                ..response(id, 5)
            }
            .to_code(),
            received_at: "2026-03-21".into(),
            comment: None,
            organisation: None,
            late_counted: false,
            pass_on: false,
        });
        let five = monitoring(&a);
        assert_eq!(five.status, Status::Met);
        let standard = five.standard(standards());
        assert_eq!(
            five.explanation(standard),
            "Met because five or more responses have come back to your invitation, each answering at least one question other than with \"don't know\", and most of at least five that say whether you had asked before say yes: evidenced by 5 responses to your invitation, each answering at least one question with a view, answered between 3 March 2026 and 20 March 2026."
        );
        assert!(five.evidence.iter().any(|e| e.to_string()
            == "The sector's view: 5 responses to your invitation, each answering at least one question with a view, answered between 3 March 2026 and 20 March 2026"));
        // The same five, saying the body had not asked them before, are
        // one asking: partly met, with the responses as its evidence.
        let mut first = a.clone();
        for (n, r) in first.sector.responses.iter_mut().enumerate() {
            let mut d = SectorResponse::from_code(&r.code).unwrap();
            d.items[4] = Some(if n < 3 {
                ItemAnswer::No
            } else {
                ItemAnswer::Yes
            });
            r.code = d.to_code();
        }
        assert_eq!(
            monitoring(&first).sector,
            None,
            "its own partly met verdict, in practice, stands as it was"
        );
        first.answers = answers(&[], &[]);
        let once = monitoring(&first);
        assert_eq!(once.status, Status::PartlyMet);
        assert_eq!(
            once.explanation(standard),
            "Partly met because your invitation asked the sector for its view and five or more answered, but their answers do not show that you had asked them before (that takes five answers to that question, most of them yes), so this is one asking, not yet a system that monitors your support: evidenced by 5 responses to your invitation, each answering at least one question with a view, answered between 3 March 2026 and 20 March 2026. To meet it: you ask the sector for its view of the support you give, or five or more responses have come back to your invitation, each answering at least one question other than with \"don't know\", and most of at least five that say whether you had asked before say yes."
        );
        // Met on the body's own word, that it asks the sector: where most
        // of five say it had not asked them before, the sector's answer
        // stands, and it is one asking.
        first.answers = answers(&["q5.ask_vcs"], &[]);
        let denied = monitoring(&first);
        assert_eq!(denied.status, Status::PartlyMet);
        assert!(denied.sector.is_some());
        assert!(
            denied.evidence.len() == 2,
            "its own answer and the sector's"
        );
        assert!(denied.explanation(standard).starts_with(
            "Partly met because you answered that you ask the sector for its view of the support you give, but most of the organisations who answered whether you had asked them before say no"
        ));
        for r in first.sector.responses.iter_mut() {
            let mut d = SectorResponse::from_code(&r.code).unwrap();
            d.items[4] = Some(ItemAnswer::DontKnow);
            r.code = d.to_code();
        }
        assert_eq!(
            monitoring(&first).status,
            Status::Met,
            "no view either way: its own word stands"
        );
        // No other standard moves on the sector's responses.
        let alone = a.scores(standards(), q());
        let without = score_all(standards(), q(), &a.answers);
        let moved: Vec<&str> = alone
            .iter()
            .zip(&without)
            .filter(|(x, y)| x.status != y.status)
            .map(|(x, _)| x.standard_id.as_str())
            .collect();
        assert_eq!(moved, ["monitoring"]);
        // The rule is shown in full wherever the rule is.
        assert!(standard.met_when_in_full().ends_with(", or five or more responses have come back to your invitation, each answering at least one question other than with \"don't know\", and most of at least five that say whether you had asked before say yes"));
        // A sixth response that says only "don't know" is counted as a
        // response, not as a view; five blank ones meet nothing.
        let blank = |n: u64| SectorResponse {
            ni7: Some(5),
            items: [Some(ItemAnswer::DontKnow); 13],
            ..response(id, n)
        };
        let mut blanks = a.clone();
        blanks.sector.responses.clear();
        for n in 10..16 {
            blanks.sector.responses.push(ReceivedResponse {
                code: blank(n).to_code(),
                received_at: "2026-03-21".into(),
                comment: None,
                organisation: None,
                late_counted: false,
                pass_on: false,
            });
        }
        assert_eq!(
            monitoring(&blanks).status,
            Status::PartlyMet,
            "six blank responses are no view"
        );
        blanks.sector.responses.truncate(1);
        blanks
            .sector
            .responses
            .extend(a.sector.responses.iter().take(4).cloned());
        let mixed = monitoring(&blanks);
        assert_eq!(
            mixed.status,
            Status::PartlyMet,
            "four with a view and one blank"
        );
    }

    #[test]
    fn the_csv_counts_responses_and_gives_figures_only_from_five() {
        use thriving_third_sector::domain::assessment::Assessment;
        use thriving_third_sector::domain::csv::to_csv;
        let (survey, id) = survey();
        let mut a = Assessment::new("a", "2026-11-30T10:00:00Z");
        a.body.name = "Dacorum".into();
        a.sector = survey;
        let add = |a: &mut Assessment, n: u64| {
            a.sector.responses.push(ReceivedResponse {
                code: SectorResponse {
                    ni7: Some(if n <= 3 { 1 } else { 3 }),
                    ..response(id, n)
                }
                .to_code(),
                received_at: "2026-12-01".into(),
                comment: Some(format!("Comment {n}")),
                organisation: Some(format!("Group {n}")),
                late_counted: false,
                pass_on: false,
            });
        };
        for n in 1..=4 {
            add(&mut a, n);
        }
        let rows = |csv: &str, kind: &str| {
            csv.lines()
                .filter(|l| l.contains(&format!("\"{kind}\"")))
                .map(String::from)
                .collect::<Vec<_>>()
        };
        let four = to_csv(&[&a], q(), standards(), true);
        assert_eq!(rows(&four, "sector_responses").len(), 1);
        assert!(
            rows(&four, "sector_responses")[0].contains("\"4\",\"answered on 30 November 2026\"")
        );
        for kind in ["sector_ni7", "sector_item", "sector_comment"] {
            assert!(rows(&four, kind).is_empty(), "no {kind} under five");
        }
        add(&mut a, 5);
        let five = to_csv(&[&a], q(), standards(), false);
        assert_eq!(rows(&five, "sector_item").len(), 13);
        let ni7 = &rows(&five, "sector_ni7")[0];
        assert!(
            ni7.contains("\"60%\",\"3 of the 5 organisations that answered the invitation on the five-point scale: very positive or positive; don't know 0; not NI7"),
            "{ni7}"
        );
        assert!(
            rows(&five, "sector_comment").is_empty(),
            "comments only with personal details"
        );
        let with = to_csv(&[&a], q(), standards(), true);
        assert_eq!(rows(&with, "sector_comment").len(), 5);
        assert!(rows(&with, "sector_comment")[4].ends_with("\"Comment 5\",\"Group 5\""));
    }

    #[test]
    fn an_email_brings_its_comment_and_name_as_a_file_does() {
        let (mut s, id) = survey();
        s.invitations[0].reply_to = Some("vcs@dacorum.gov.uk".into());
        s.invitations[0].named = true;
        let invitation = s.invitations[0].invitation("Dacorum", "district").unwrap();
        let comment = "Grants help.\n\nBut the forms are long: see 3.2 > 3.1.";
        let mailto = response_mailto(
            &invitation,
            &response(id, 1).to_code(),
            Beside {
                comment,
                organisation: Some("Friends of the Park"),
                pass_on: false,
            },
        )
        .unwrap();
        // The body of the email as the officer's mail client shows it,
        // quoted in a reply, with a second response below it.
        let body = mailto.split("&body=").nth(1).unwrap();
        let text = common::email_text(body);
        let quoted: String = text.lines().map(|l| format!("> {l}\n")).collect();
        let thread = format!(
            "Thanks, passing this on.\n\nOn Monday Jo wrote:\n{quoted}\nAnd ours: {}\nComment: Short one.\n",
            response(id, 2).to_code()
        );
        let intake = s.bring_in_text(&thread, "now", &|_| None);
        assert_eq!(intake.added(), 2, "{:?}", intake.outcomes);
        assert_eq!(s.responses[0].comment.as_deref(), Some(comment));
        assert_eq!(
            s.responses[0].organisation.as_deref(),
            Some("Friends of the Park")
        );
        // An email written before "End of comment." ends at the empty line.
        assert_eq!(s.responses[1].comment.as_deref(), Some("Short one."));
        // The same code pasted bare first, then its email: the comment joins it.
        let (mut t, _) = survey();
        t.bring_in_text(&response(id, 1).to_code(), "now", &|_| None);
        let later = t.bring_in_text(&quoted, "later", &|_| None);
        assert_eq!(later.outcomes[0].1, Brought::Updated);
        assert_eq!(t.responses[0].comment.as_deref(), Some(comment));
    }

    #[test]
    fn a_comment_cannot_pass_for_another_code_s_lines() {
        let (mut s, id) = survey();
        s.invitations[0].reply_to = Some("vcs@dacorum.gov.uk".into());
        let invitation = s.invitations[0].invitation("Dacorum", "district").unwrap();
        let theirs = response(id, 3).to_code();
        s.bring_in_text(&theirs, "t0", &|_| None);
        // Charity 7 writes the lines of another response into its comment.
        let forged =
            format!("Thanks.\nEnd of comment.\nResponse code: {theirs}\nComment: nonsense");
        let mailto = response_mailto(
            &invitation,
            &response(id, 7).to_code(),
            Beside {
                comment: &forged,
                ..Beside::default()
            },
        )
        .unwrap();
        let text = common::email_text(&mailto);
        let intake = s.bring_in_text(&text, "t1", &|_| None);
        assert_eq!(intake.added(), 1, "{:?}", intake.outcomes);
        assert_eq!(
            s.responses[0].comment, None,
            "charity 3's response is untouched"
        );
        assert_eq!(s.responses[1].comment.as_deref(), Some(forged.as_str()));
    }

    #[test]
    fn a_code_wrapped_by_an_email_is_joined_up_when_it_checks() {
        let (mut s, id) = survey();
        let code = response(id, 3).to_code();
        let wrapped = format!("Our code: {}\n> {}\nthanks", &code[..17], &code[17..]);
        let intake = s.bring_in_text(&wrapped, "now", &|_| None);
        assert_eq!(intake.outcomes.len(), 1);
        assert_eq!(intake.outcomes[0].1, Brought::Added);
        assert_eq!(s.responses[0].code, code);
        // Cut short for good: refused, saying the line may have wrapped.
        let cut = format!("Our code: {}\nthanks", &code[..17]);
        let intake = s.bring_in_text(&cut, "now", &|_| None);
        let problems = intake.problems();
        assert!(problems[0].contains("on the next line"), "{problems:?}");
    }

    #[test]
    fn a_later_revision_replaces_the_response_and_an_earlier_changes_nothing() {
        let (mut s, id) = survey();
        let first = response(id, 7);
        let changed = SectorResponse {
            revision: 1,
            ni7: Some(3),
            ..first.clone()
        };
        s.bring_in_text(&first.to_code(), "t1", &|_| None);
        let intake = s.bring_in_text(&changed.to_code(), "t2", &|_| None);
        assert_eq!(intake.outcomes[0].1, Brought::Updated);
        assert_eq!(intake.summary(), "0 responses added, 1 updated.");
        assert_eq!(s.decoded(), std::slice::from_ref(&changed));
        // The first copy arriving again, later, changes nothing.
        let intake = s.bring_in_text(&first.to_code(), "t3", &|_| None);
        assert_eq!(intake.outcomes[0].1, Brought::Earlier);
        assert_eq!(s.decoded(), std::slice::from_ref(&changed));
        // A later day also counts as later, whatever the revision.
        let next_day = SectorResponse {
            day: changed.day + 1,
            revision: 0,
            ..changed.clone()
        };
        s.bring_in_text(&next_day.to_code(), "t4", &|_| None);
        assert_eq!(s.decoded(), [next_day]);
        assert_eq!(s.responses.len(), 1, "still one response");
    }

    #[test]
    fn a_late_response_is_kept_apart_until_counted_on_purpose() {
        let (mut s, id) = survey();
        s.invitations[0].closes = Some("2026-11-30".into());
        let on_time = response(id, 1);
        let late = SectorResponse {
            day: on_time.day + 1,
            ..response(id, 2)
        };
        let intake = s.bring_in_text(
            &format!("{} {}", on_time.to_code(), late.to_code()),
            "now",
            &|_| None,
        );
        assert_eq!(
            intake.summary(),
            "1 response added. 1 arrived after the closing date: not counted."
        );
        assert_eq!(s.decoded(), std::slice::from_ref(&on_time));
        assert_eq!(s.late_uncounted(), 1);
        assert_eq!(s.responses.len(), 2, "kept, never dropped");
        assert_eq!(
            s.counted().count(),
            1,
            "its comment no more shown than its answers"
        );
        // A change made after closing does not replace the answers in time.
        let changed_late = SectorResponse {
            day: on_time.day + 2,
            revision: 1,
            ..on_time.clone()
        };
        let intake = s.bring_in_text(&changed_late.to_code(), "now", &|_| None);
        assert_eq!(intake.outcomes[0].1, Brought::Late);
        assert_eq!(s.decoded(), std::slice::from_ref(&on_time));
        s.count_late();
        assert_eq!(s.decoded(), [on_time, late]);
        assert_eq!(s.late_uncounted(), 0);
        assert_eq!(s.counted().count(), 2);
    }

    #[test]
    fn a_file_brings_its_comment_and_a_stranger_file_is_named() {
        let (mut s, id) = survey();
        let invitation = s.invitations[0].invitation("Dacorum", "district").unwrap();
        let file = response_json(
            &invitation,
            &response(id, 5).to_code(),
            Beside {
                comment: "Grants help \"a lot\"",
                organisation: Some("Friends of the Park"),
                pass_on: false,
            },
        );
        let (_, outcome) = s.bring_in_file("r.json", &file, "now", &|_| None);
        assert_eq!(outcome, Brought::Added);
        assert_eq!(
            s.responses[0].comment.as_deref(),
            Some("Grants help \"a lot\"")
        );
        assert_eq!(
            s.responses[0].organisation.as_deref(),
            Some("Friends of the Park")
        );
        let without = s.without_personal("Dacorum", "2026-12-01T09:00:00Z");
        assert!(
            without.responses.is_empty(),
            "no code, which carries every answer"
        );
        let text = without.summaries.join("&");
        assert!(!text.contains("Grants") && !text.contains("Friends"));
        assert_eq!(without.summaries().len(), 1);
        let (_, outcome) =
            s.bring_in_file("notes.json", "{\"format\":\"other\"}", "now", &|_| None);
        assert_eq!(outcome, Brought::NotAResponse("notes.json".into()));
        let (_, outcome) = s.bring_in_file("junk.json", "not json at all", "now", &|_| None);
        assert_eq!(outcome, Brought::NotAResponse("junk.json".into()));
    }
}

#[test]
fn the_chart_puts_no_left_and_yes_right_with_its_words() {
    use thriving_third_sector::charts::sector_chart::sector_chart_svg;
    let scores = score_all(standards(), q(), &answers(&["q10.yes"], &[]));
    let officer = questions()
        .items
        .iter()
        .position(|i| i.standard.as_str() == "officer")
        .unwrap();
    let list: Vec<_> = (0..6)
        .map(|i| {
            let mut r = sample(i);
            r.items = [Some(ItemAnswer::Yes); 13];
            r.items[officer] = Some(if i < 5 {
                ItemAnswer::No
            } else {
                ItemAnswer::DontKnow
            });
            r
        })
        .collect();
    let figures = SectorView::of(questions(), &list, &[], &scores)
        .figures
        .unwrap();
    let svg = sector_chart_svg(questions(), standards(), &figures.items, &scores, 5);
    assert!(svg.contains(r#"role="img""#));
    assert!(
        svg.contains("The sector&#39;s view: 5 responses")
            || svg.contains("The sector's view: 5 responses"),
        "{}",
        &svg[..300]
    );
    assert!(
        svg.contains(
            "Responsible officer: yes 0, partly 0, no 5, don&#39;t know 1; your verdict met."
        ) || svg.contains(
            "Responsible officer: yes 0, partly 0, no 5, don't know 1; your verdict met."
        )
    );
    // Thirteen rows: one bar of yes for twelve, one of no for the officer.
    assert_eq!(
        svg.matches("<rect").count() - 1,
        13,
        "a bar per standard, over the background"
    );
    assert!(svg.contains("?1"), "don't know as a count");
}

#[test]
fn the_link_is_drawn_as_a_qr_code_from_the_link_alone() {
    use thriving_third_sector::charts::qr::qr_svg;
    let link = format!(
        "https://example.org/tools/vcs/sector/{}",
        Invitation {
            id: InvitationId::from_bits(7),
            body: "Dacorum <Borough> Council".into(),
            kind: "district".into(),
            closes: Some("2026-12-31".into()),
            reply_to: Some("vcs@dacorum.example".into()),
            named: false,
            collector: None,
        }
        .to_fragment()
    );
    let svg = qr_svg(&link, "QR code \"of\" the link").unwrap();
    assert!(svg.starts_with("<svg ") && svg.ends_with("</svg>"));
    assert!(svg.contains(r#"role="img" aria-label="QR code &quot;of&quot; the link""#));
    assert!(
        !svg.contains("Dacorum"),
        "the link is drawn, never written into the SVG"
    );
    // A square of modules with four of margin each side: version 6 or more
    // for a link this long (41+ modules).
    let side: i32 = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(side >= 41 + 8, "{side}");
    assert!(svg.matches("h1v1h-1z").count() > 300);
    assert_eq!(
        qr_svg(&link, "x"),
        qr_svg(&link, "x"),
        "the same link, the same code"
    );
    assert_eq!(
        qr_svg(&"x".repeat(5000), "x"),
        None,
        "too long for any QR code"
    );
}

#[test]
fn figures_are_written_as_the_report_prints_them() {
    assert_eq!(one_decimal(60.0), "60.0");
    assert_eq!(one_decimal(16.25), "16.3");
    let third = Ni7Figure {
        positive: 1,
        answered: 3,
        dont_know: 0,
    };
    assert_eq!(third.percent_text().as_deref(), Some("33%"));
    let none = Ni7Figure {
        positive: 0,
        answered: 0,
        dont_know: 0,
    };
    assert_eq!(none.percent_text(), None);
}

/// The intake fuzzed as the importer is: arbitrary bytes, arbitrary JSON
/// in a response file's shape, and arbitrary text round real codes. It
/// never panics, adds only responses whose codes check and answer this
/// invitation, each once, and clips what a file adds.
mod intake_fuzz {
    use super::survey::survey;
    use super::*;
    use serde_json::{json, Value};

    fn arb_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            any::<String>().prop_map(Value::String),
            "VCS1-[0-9A-Z-]{0,40}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z]{1,12}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    fn holds_only_good_responses(s: &SectorSurvey, id: InvitationId) -> Result<(), TestCaseError> {
        let decoded = s.decoded();
        prop_assert_eq!(decoded.len(), s.responses.len(), "every kept code reads");
        let mut ids: Vec<u64> = decoded.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), decoded.len(), "each response once");
        prop_assert!(decoded.iter().all(|r| r.invitation_tag == id.tag()));
        for r in &s.responses {
            prop_assert!(r
                .comment
                .as_ref()
                .is_none_or(|c| c.chars().count() <= MAX_COMMENT));
            prop_assert!(r
                .organisation
                .as_ref()
                .is_none_or(|o| o.chars().count() <= 200));
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_bytes_as_a_file_or_pasted_text(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
            let (mut s, id) = survey();
            let text = String::from_utf8_lossy(&bytes);
            let _ = s.bring_in_file("x.json", &text, "now", &|_| None);
            let _ = s.bring_in_text(&text, "now", &|_| None);
            prop_assert!(s.responses.is_empty());
            holds_only_good_responses(&s, id)?;
        }

        #[test]
        fn arbitrary_json_in_a_response_files_shape(mut value in arb_value(), code in any_response(), long in ".{0,3000}") {
            let (mut s, id) = survey();
            let real = SectorResponse { invitation_tag: id.tag(), ..code }.to_code();
            if let Value::Object(map) = &mut value {
                map.insert("format".into(), json!(RESPONSE_FORMAT));
                if map.len() % 2 == 0 {
                    map.insert("code".into(), json!(real));
                    map.insert("comment".into(), json!(long));
                }
            }
            let text = value.to_string();
            let _ = s.bring_in_file("x.json", &text, "now", &|_| None);
            let _ = s.bring_in_file("again.json", &text, "now", &|_| None);
            prop_assert!(s.responses.len() <= 1);
            holds_only_good_responses(&s, id)?;
        }

        #[test]
        fn arbitrary_text_round_real_codes(before in ".{0,300}", after in ".{0,300}", codes in prop::collection::vec(any_response(), 1..5), foreign in any_response()) {
            let (mut s, id) = survey();
            let mut text = before.clone();
            for c in &codes {
                text += "\n";
                text += &SectorResponse { invitation_tag: id.tag(), ..c.clone() }.to_code();
                text += "\n";
                text += &after;
            }
            text += &SectorResponse { invitation_tag: id.tag() ^ 1, ..foreign }.to_code();
            let _ = s.bring_in_text(&text, "now", &|_| None);
            let _ = s.bring_in_text(&text, "later", &|_| None);
            holds_only_good_responses(&s, id)?;
            let mut want: Vec<u64> = codes.iter().map(|c| c.id).collect();
            want.sort_unstable();
            want.dedup();
            prop_assert_eq!(s.responses.len(), want.len(), "every code on a line of its own is found, once");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// What the sector's page keeps in the tab reads back as it was given,
    /// and anything else starts the form afresh rather than wrongly.
    #[test]
    fn answers_kept_in_the_tab_read_back(
        id in 0u64..(1 << 40),
        ni7 in prop::option::of(0u8..6),
        items in prop::array::uniform13(any_answer()),
        kind in prop::option::of(0u8..6),
        size in prop::option::of(0u8..5),
        revision in 0u8..=MAX_REVISION,
        finished in prop::option::of(1u16..60000),
        pass_on in any::<bool>(),
        organisation in "[^\n]{0,40}",
        comment in "(?s).{0,80}",
        garble in ".{0,40}",
    ) {
        let kept = KeptAnswers { id, ni7, items, kind, size, revision, finished, organisation, comment, pass_on };
        let text = kept.to_text();
        prop_assert_eq!(KeptAnswers::from_text(&text), Some(kept.clone()));
        // Kept before the day finished was (K2), and before consent was
        // asked (K1): finished read as day 0, today; K1 with no consent.
        let (line, rest) = text.split_once('\n').unwrap();
        let id = &line[line.find('.').unwrap() + 1..];
        let today = KeptAnswers { finished: kept.finished.map(|_| 0), ..kept.clone() };
        let k2 = format!("K2{}{id}\n{rest}", &line[2..21]);
        prop_assert_eq!(KeptAnswers::from_text(&k2), Some(today.clone()));
        let k1 = format!("K1{}{id}\n{rest}", &line[2..20]);
        prop_assert_eq!(KeptAnswers::from_text(&k1), Some(KeptAnswers { pass_on: false, ..today }));
        if let Some(read) = KeptAnswers::from_text(&garble) {
            prop_assert_eq!(KeptAnswers::from_text(&read.to_text()), Some(read));
        }
    }
}
