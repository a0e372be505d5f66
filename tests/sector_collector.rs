//! The trusted collector: an invitation that names one, the collector's
//! summary (counts from five, moving on only by five, months not days, no
//! codes, comments only by consent), read strictly, and the body's view and
//! verdict from it.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, email_text, q, standards};
use proptest::prelude::*;
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::scoring::Status;
use thriving_third_sector::domain::sector::*;

fn questions() -> &'static SectorQuestions {
    SectorQuestions::bundled()
}

fn invitation() -> Invitation {
    Invitation {
        id: InvitationId::from_bits(0x12_3456_789A),
        body: "Dacorum Borough Council".into(),
        kind: "district".into(),
        closes: Some("2026-12-31".into()),
        reply_to: Some("collect@dacorumcvs.example".into()),
        named: false,
        collector: Some("Dacorum CVS".into()),
    }
}

/// Response `n`: yes to every item but the first, which it answers with
/// `first`; NI7 very positive where `positive`.
fn response(n: u64, first: Option<ItemAnswer>, positive: bool) -> SectorResponse {
    let mut items = [Some(ItemAnswer::Yes); 13];
    items[0] = first;
    SectorResponse {
        invitation_tag: invitation().id.tag(),
        id: n,
        day: day_number(&format!("2026-12-{:02}", n % 28 + 1)).unwrap(),
        revision: 0,
        ni7: Some(if positive { 0 } else { 3 }),
        items,
        kind: Some(0),
        size: None,
    }
}

/// A collection holding `responses`, each sent as its code.
fn collection(responses: &[SectorResponse]) -> Collection {
    let mut c = Collection::new(&invitation(), "2026-12-01T09:00:00Z");
    let text: Vec<String> = responses.iter().map(SectorResponse::to_code).collect();
    let intake = c.bring_in_text(&text.join("\n"), "2026-12-20T09:00:00Z");
    assert_eq!(intake.added(), responses.len(), "{:?}", intake.outcomes);
    c
}

#[test]
fn an_invitation_names_its_collector_and_the_link_keeps_it() {
    let i = invitation();
    let read = Invitation::from_fragment(&i.to_fragment()).unwrap();
    assert_eq!(read, i);
    assert_eq!(read.answers_go_to(), "Dacorum CVS");
    let broken = i
        .to_fragment()
        .replace("collector=Dacorum", "collector=%0ADacorum");
    assert_eq!(
        Invitation::from_fragment(&broken),
        Err(InvitationError::Malformed("collector's name"))
    );
}

#[test]
fn a_summary_holds_counts_from_five_and_months_only() {
    // Seven: the first item answered by four with a view and three "don't
    // know"; every other item by all seven.
    let list: Vec<_> = (1..=7)
        .map(|n| {
            let first = if n <= 4 {
                Some(ItemAnswer::No)
            } else {
                Some(ItemAnswer::DontKnow)
            };
            response(n, first, n % 2 == 0)
        })
        .collect();
    let c = collection(&list);
    let s = c.summary("2026-12-21").unwrap();
    assert_eq!((s.responses, s.with_a_view), (7, 7));
    assert_eq!(
        s.counts.items[0], None,
        "four answers with a view are not five"
    );
    assert_eq!(s.counts.items[1].map(|i| i.yes), Some(7));
    assert_eq!(
        s.counts.ni7,
        Some(Ni7Figure {
            positive: 3,
            answered: 7,
            dont_know: 0
        })
    );
    assert_eq!(
        (s.first_month.as_str(), s.last_month.as_str()),
        ("2026-12", "2026-12")
    );
    assert_eq!(s.made, "2026-12");
    let file = s.to_file();
    for code in &list {
        assert!(!file.contains(&code.to_code()), "no code in the summary");
    }
    assert!(!file.contains("2026-12-"), "no date finer than the month");
    assert_eq!(SectorSummary::from_file(&file, questions()), Ok(s));
}

#[test]
fn a_summary_is_read_strictly_and_raw_responses_are_refused() {
    let list: Vec<_> = (1..=6)
        .map(|n| response(n, Some(ItemAnswer::Yes), true))
        .collect();
    let good = collection(&list).summary("2026-12-21").unwrap().to_file();
    let refused = |text: &str| SectorSummary::from_file(text, questions());
    assert!(refused(&good).is_ok());
    // One figure from four answers.
    let four = good.replacen("items=6.0.0.0.0", "items=4.0.0.0.2", 1);
    assert_eq!(
        refused(&four),
        Err(SummaryError::Refused(
            "a figure from fewer than five answers"
        ))
    );
    // The responses themselves, beside the counts, in the file or in the summary.
    let code = list[0].to_code();
    let codes = good.replacen(
        "\"version\"",
        &format!("\"codes\": [\"{code}\"],\n  \"version\""),
        1,
    );
    assert!(matches!(refused(&codes), Err(SummaryError::Refused(_))));
    let inside = good.replacen("&made=", &format!("&code={code}&made="), 1);
    assert!(matches!(refused(&inside), Err(SummaryError::Refused(_))));
    // A day, not a month.
    let day = good.replacen("&first=2026-12", "&first=2026-12-03", 1);
    assert_eq!(
        refused(&day),
        Err(SummaryError::Refused("dates finer than the month"))
    );
    // A response file is no summary.
    let response = response_json(&invitation(), &list[0].to_code(), Beside::default());
    assert_eq!(refused(&response), Err(SummaryError::NotASummary));
    assert_eq!(refused("not json"), Err(SummaryError::NotASummary));
}

#[test]
fn a_question_moves_on_only_once_five_more_have_answered_it() {
    let mut list: Vec<_> = (1..=5)
        .map(|n| response(n, Some(ItemAnswer::Yes), true))
        .collect();
    let mut c = collection(&list);
    let first = c.pass_on("2026-12-21").unwrap();
    assert_eq!(first.counts.items[0].map(|s| s.yes), Some(5));
    // One more, who says no: its answers would show as the difference.
    let sixth = response(6, Some(ItemAnswer::No), false);
    c.bring_in_text(&sixth.to_code(), "later");
    list.push(sixth);
    let second = c.pass_on("2026-12-22").unwrap();
    assert_eq!(second.responses, 6);
    assert_eq!(second.counts, first.counts, "held at what was passed on");
    assert!(!first.holds_back() && second.holds_back(), "and says so");
    // Wherever the body's figures go, the lag is said.
    let mut a = body();
    a.sector
        .bring_in_file("s.json", &second.to_file(), "now", &|_| None);
    let scores = a.scores(standards(), q());
    assert!(a.sector.view(&scores).holds_back());
    use thriving_third_sector::domain::csv::to_csv;
    assert!(to_csv(&[&a], q(), standards(), false).contains(HELD_BACK));
    use thriving_third_sector::domain::county::{CountyBody, CountySector, Source};
    let county = CountyBody::new(a, Source::Browser, q(), standards());
    assert!(CountySector::of(&[&county], standards()).holds_back);
    // Four more make five since: the figures move on.
    for n in 7..=10 {
        c.bring_in_text(&response(n, Some(ItemAnswer::No), false).to_code(), "later");
    }
    let third = c.pass_on("2026-12-23").unwrap();
    let shares = third.counts.items[0].unwrap();
    assert_eq!((shares.yes, shares.no), (5, 5));
    assert_eq!(
        third.counts.ni7.map(|f| (f.positive, f.answered)),
        Some((5, 10))
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(60))]

    /// Over any sequence of responses arriving and summaries passed on,
    /// no two summaries passed on differ, on any question, by the answers
    /// of fewer than five organisations.
    #[test]
    fn no_two_summaries_differ_by_fewer_than_five(
        steps in prop::collection::vec((0usize..4, 0u8..4, any::<bool>(), any::<bool>()), 1..40),
    ) {
        let mut c = Collection::new(&invitation(), "2026-12-01T09:00:00Z");
        let mut passed: Vec<SectorSummary> = Vec::new();
        for (n, (answer, ni7, dont_know, pass)) in steps.into_iter().enumerate() {
            let mut r = response(n as u64 + 1, Some(ItemAnswer::ALL[answer]), ni7 < 2);
            if dont_know {
                r.ni7 = Some(5);
            }
            c.bring_in_text(&r.to_code(), "later");
            if pass {
                passed.push(c.pass_on("2026-12-21").unwrap());
            }
        }
        for (a, b) in passed.iter().zip(passed.iter().skip(1)) {
            for (x, y) in a.counts.items.iter().zip(&b.counts.items) {
                if let (Some(x), Some(y)) = (x, y) {
                    let d = y.with_a_view() - x.with_a_view();
                    prop_assert!(d == 0 && x == y || d >= MIN_ANSWERS, "{x:?} then {y:?}");
                }
                prop_assert!(!(x.is_some() && y.is_none()), "a figure once shown stays");
            }
            if let (Some(x), Some(y)) = (a.counts.ni7, b.counts.ni7) {
                let d = y.answered - x.answered;
                prop_assert!(d == 0 && x == y || d >= MIN_ANSWERS);
            }
        }
    }
}

#[test]
fn a_comment_is_passed_on_only_where_the_organisation_agreed() {
    let mut c = collection(&[]);
    let i = invitation();
    let mut thread = String::new();
    for n in 1..=5 {
        let comment = format!("Comment {n}");
        let mailto = response_mailto(
            &i,
            &response(n, Some(ItemAnswer::Yes), true).to_code(),
            Beside {
                comment: &comment,
                organisation: None,
                pass_on: n % 2 == 1,
            },
        )
        .unwrap();
        thread += &email_text(&mailto);
        thread += "\n\n";
    }
    // A file agrees as the email does.
    let file = response_json(
        &i,
        &response(6, None, true).to_code(),
        Beside {
            comment: "From the file",
            organisation: None,
            pass_on: true,
        },
    );
    assert_eq!(c.bring_in_text(&thread, "now").added(), 5);
    assert_eq!(c.bring_in_file("r.json", &file, "now").1, Brought::Added);
    let s = c.summary("2026-12-21").unwrap();
    assert_eq!(
        s.comments,
        ["Comment 1", "Comment 3", "Comment 5", "From the file"]
    );
}

/// The body's assessment, with the collector's invitation made.
fn body() -> Assessment {
    let mut a = Assessment::new("a", "2026-11-30T10:00:00Z");
    a.answers = answers(&["q5.meetings", "q5_focus.support"], &[]);
    let i = invitation();
    a.sector.invitations.push(SentInvitation {
        id: i.id.to_string(),
        created_at: "2026-11-30T10:00:00Z".into(),
        closes: i.closes,
        reply_to: i.reply_to,
        named: false,
        collector: i.collector,
    });
    a
}

#[test]
fn the_body_takes_the_summary_not_the_codes_and_says_who_collected() {
    let mut a = body();
    let list: Vec<_> = (1..=6)
        .map(|n| response(n, Some(ItemAnswer::Yes), n != 3))
        .collect();
    // A code sent to the body by mistake is not counted there.
    let intake = a.sector.bring_in_text(&list[0].to_code(), "now", &|_| None);
    assert_eq!(
        intake.outcomes[0].1,
        Brought::Collected("Dacorum CVS".into())
    );
    assert!(intake.problems()[0].ends_with("forward it to Dacorum CVS"));
    assert!(a.sector.responses.is_empty());
    let mut c = collection(&list);
    let file = c.pass_on("2026-12-21").unwrap().to_file();
    let (_, taken) = a
        .sector
        .bring_in_file("summary.json", &file, "now", &|_| None);
    assert_eq!(taken, Brought::Summed("Dacorum CVS".into(), 6, false));
    let scores = a.scores(standards(), q());
    let view = a.sector.view(&scores);
    assert_eq!(view.count, 6);
    let ni7 = view.figures.unwrap().ni7.unwrap();
    assert_eq!((ni7.positive, ni7.answered), (5, 6));
    let monitoring = scores
        .iter()
        .find(|s| s.standard_id.as_str() == "monitoring")
        .unwrap();
    assert_eq!(monitoring.status, Status::Met);
    assert_eq!(
        monitoring.explanation(monitoring.standard(standards())),
        "Met because five or more responses have come back to your invitation, each answering at least one question other than with \"don't know\", and most of at least five that say whether you had asked before say yes: evidenced by 6 responses to your invitation collected by Dacorum CVS, each answering at least one question with a view, answered in December 2026."
    );
    // The same again changes nothing; a later one replaces it.
    let again = a
        .sector
        .bring_in_file("summary.json", &file, "now", &|_| None)
        .1;
    assert_eq!(again, Brought::AlreadyIn);
    for n in 7..=11 {
        c.bring_in_text(&response(n, Some(ItemAnswer::No), false).to_code(), "later");
    }
    let later = c.pass_on("2027-01-04").unwrap().to_file();
    let taken = a
        .sector
        .bring_in_file("later.json", &later, "now", &|_| None)
        .1;
    assert_eq!(taken, Brought::Summed("Dacorum CVS".into(), 11, true));
    assert_eq!(a.sector.summaries.len(), 1);
    let earlier = a
        .sector
        .bring_in_file("summary.json", &file, "now", &|_| None)
        .1;
    assert_eq!(earlier, Brought::Earlier);
    assert_eq!(a.sector.summaries()[0].responses, 11);
}

#[test]
fn a_summary_for_another_invitation_or_one_without_a_collector_is_refused() {
    let list: Vec<_> = (1..=5)
        .map(|n| response(n, Some(ItemAnswer::Yes), true))
        .collect();
    let file = collection(&list).summary("2026-12-21").unwrap().to_file();
    let mut direct = body();
    direct.sector.invitations[0].collector = None;
    let outcome = direct
        .sector
        .bring_in_file("s.json", &file, "now", &|_| None)
        .1;
    assert!(matches!(
        outcome,
        Brought::NotASummary(SummaryError::Refused(_))
    ));
    let mut other = body();
    other.sector.invitations[0].id = InvitationId::from_bits(77).to_string();
    let outcome = other
        .sector
        .bring_in_file("s.json", &file, "now", &|_| None)
        .1;
    assert_eq!(
        outcome,
        Brought::OtherInvitation(Some("Dacorum Borough Council".into()))
    );
    assert!(direct.sector.summaries.is_empty() && other.sector.summaries.is_empty());
}

#[test]
fn an_export_without_personal_details_leaves_passed_on_comments_out() {
    let mut a = body();
    let mut c = collection(&[]);
    for n in 1..=5 {
        let mailto = response_mailto(
            &invitation(),
            &response(n, Some(ItemAnswer::Yes), true).to_code(),
            Beside {
                comment: "Thanks",
                organisation: None,
                pass_on: true,
            },
        )
        .unwrap();
        c.bring_in_text(&email_text(&mailto), "now");
    }
    let file = c.pass_on("2026-12-21").unwrap().to_file();
    a.sector.bring_in_file("s.json", &file, "now", &|_| None);
    assert_eq!(a.sector.summaries()[0].comments.len(), 5);
    assert!(a
        .sector
        .without_personal("Dacorum Borough Council", "2026-12-21")
        .summaries()[0]
        .comments
        .is_empty());
    // The CSV names who passed each comment on, and only when asked.
    use thriving_third_sector::domain::csv::to_csv;
    let with = to_csv(&[&a], q(), standards(), true);
    assert_eq!(with.matches("passed on by Dacorum CVS").count(), 5);
    assert!(!to_csv(&[&a], q(), standards(), false).contains("Thanks"));
}

#[test]
fn an_export_without_names_sums_the_bodys_own_responses_and_carries_no_code() {
    use thriving_third_sector::domain::saved::{decode, encode_export};
    // The body's own invitation, with no collector: six responses, the
    // first item answered with a view by four only.
    let mut a = body();
    a.sector.invitations[0].collector = None;
    let list: Vec<SectorResponse> = (1..=6)
        .map(|n| {
            let first = (n <= 4).then_some(ItemAnswer::No);
            response(n, first, n % 2 == 0)
        })
        .collect();
    let codes: Vec<String> = list.iter().map(SectorResponse::to_code).collect();
    a.sector
        .bring_in_text(&codes.join("\n"), "2026-12-20T09:00:00Z", &|_| None);
    assert_eq!(a.sector.responses.len(), 6);
    let before = a.scores(standards(), q());
    let view = a.sector.view(&before);

    let json = encode_export(&a, q(), standards(), "2027-01-05T09:00:00Z", false);
    for code in &codes {
        assert!(!json.contains(code.as_str()), "no response's code");
    }
    let read = decode(&json, q(), "b").unwrap();
    assert!(read.sector.responses.is_empty());
    let summary = &read.sector.summaries()[0];
    assert!(summary.is_own());
    assert_eq!(summary.made, "2027-01");
    assert_eq!(
        summary.counted_in_words(),
        "6 responses summed in an export without names, answered in December 2026"
    );
    assert_eq!(summary.counts.items[0], None, "four answers are not five");
    // The file shows what the body showed, and its verdicts.
    let after = read.scores(standards(), q());
    assert_eq!(read.sector.view(&after).figures, view.figures);
    assert_eq!(
        after.iter().map(|s| s.status).collect::<Vec<_>>(),
        before.iter().map(|s| s.status).collect::<Vec<_>>()
    );
    let evidence = read.sector.evidence().unwrap();
    assert_eq!(evidence.collected[0].collector, None, "the body's own");
    // Passed on, then one more: the next file's counts hold at the first
    // file's, so that the two do not differ by one organisation.
    let counts = |a: &Assessment| {
        let json = encode_export(a, q(), standards(), "2027-01-05T09:00:00Z", false);
        decode(&json, q(), "b").unwrap().sector.summaries()[0]
            .counts
            .clone()
    };
    let first = counts(&a);
    use thriving_third_sector::domain::csv::to_csv;
    let items = |a: &Assessment| -> Vec<String> {
        to_csv(&[a], q(), standards(), false)
            .lines()
            .filter(|l| l.contains("sector_item") || l.contains("sector_ni7"))
            // The counts, without the note that they are held.
            .map(|l| match l.find("; counts of") {
                Some(i) => {
                    let end = i + l[i..].find('"').unwrap();
                    format!("{}{}", &l[..i], &l[end..])
                }
                None => l.to_string(),
            })
            .collect()
    };
    let csv_first = items(&a);
    assert!(csv_first.len() > 5);
    assert!(a
        .sector
        .pass_on_own("Dacorum Borough Council", "2027-01-05"));
    let seventh = response(7, None, false);
    a.sector
        .bring_in_text(&seventh.to_code(), "2026-12-21T09:00:00Z", &|_| None);
    assert_eq!(counts(&a), first, "held at what was passed on");
    assert_eq!(items(&a), csv_first, "and so is the CSV without names");
    assert!(to_csv(&[&a], q(), standards(), false).contains("; counts of 6 of the 7 responses"));
    for n in 8..=11 {
        let code = response(n, Some(ItemAnswer::Yes), false).to_code();
        a.sector
            .bring_in_text(&code, "2026-12-21T09:00:00Z", &|_| None);
    }
    let moved = counts(&a);
    assert_ne!(moved, first, "five more move it on");
    assert_eq!(moved.items[1].map(|s| s.with_a_view()), Some(11));
    // With names asked for, the responses travel as they came.
    let full = encode_export(&a, q(), standards(), "2027-01-05T09:00:00Z", true);
    assert!(codes.iter().all(|c| full.contains(c.as_str())));
}

#[test]
fn a_summary_from_a_second_copy_that_opens_one_organisation_is_refused() {
    let list: Vec<_> = (1..=6)
        .map(|n| response(n, Some(ItemAnswer::Yes), n % 2 == 0))
        .collect();
    let mut a = body();
    // The first copy passes on five; a second copy, knowing nothing of
    // it, passes on six.
    let first = collection(&list[..5]).pass_on("2026-12-21").unwrap();
    let second = collection(&list).pass_on("2026-12-22").unwrap();
    assert!(second.moves_by_fewer_than_five(&first));
    let (_, taken) = a
        .sector
        .bring_in_file("first.json", &first.to_file(), "now", &|_| None);
    assert_eq!(taken, Brought::Summed("Dacorum CVS".into(), 5, false));
    let (_, refused) = a
        .sector
        .bring_in_file("second.json", &second.to_file(), "now", &|_| None);
    assert!(
        matches!(refused, Brought::NotASummary(SummaryError::Refused(why)) if why.contains("fewer than five"))
    );
    assert_eq!(
        a.sector.summaries(),
        std::slice::from_ref(&first),
        "the first kept"
    );
    // The first copy's own next summary, held, is taken.
    let mut one = collection(&list[..5]);
    one.pass_on("2026-12-21");
    one.bring_in_text(&list[5].to_code(), "later");
    let held = one.pass_on("2026-12-22").unwrap();
    assert!(!held.moves_by_fewer_than_five(&first));
    let (_, taken) = a
        .sector
        .bring_in_file("held.json", &held.to_file(), "now", &|_| None);
    assert_eq!(taken, Brought::Summed("Dacorum CVS".into(), 6, true));
}

#[test]
fn a_file_naming_another_invitation_than_its_code_adds_nothing() {
    let mut c = collection(&[response(1, Some(ItemAnswer::Yes), true)]);
    let other = Invitation {
        id: InvitationId::from_bits(77),
        ..invitation()
    };
    // The code of response 1, in a file that names another invitation.
    let file = response_json(
        &other,
        &response(1, Some(ItemAnswer::Yes), true).to_code(),
        Beside {
            comment: "mismatch",
            organisation: None,
            pass_on: true,
        },
    );
    let (_, outcome) = c.bring_in_file("r.json", &file, "now");
    assert!(matches!(outcome, Brought::NotAResponse(_)), "{outcome:?}");
    assert_eq!(c.survey.responses[0].comment, None);
}
