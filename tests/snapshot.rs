//! The organisational snapshot reads like the report's, from answers alone.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, edited, q};
use thriving_third_sector::domain::peers::PeerSet;
use thriving_third_sector::domain::snapshot::{problems, snapshot};

#[test]
fn every_id_the_snapshot_reads_is_in_the_questionnaire() {
    assert_eq!(problems(q()), Vec::<String>::new());
    let mut renamed = q().clone();
    renamed.questions = edited(renamed.questions, |questions| {
        let q8 = questions.iter_mut().find(|x| x.id == "q8").unwrap();
        q8.parts = edited(q8.parts, |parts| {
            parts[0].options = edited(parts[0].options, |options| {
                options.retain(|o| o.id != "volunteering_only")
            });
        });
    });
    assert_eq!(
        problems(&renamed),
        ["snapshot: no option q8.volunteering_only"]
    );
}

#[test]
fn staff_understanding_tells_practice_from_plans() {
    let a = answers(
        &[
            "q6_3_now.communications",
            "q6_3.induction",
            "q8.volunteering_only",
            "q4_1.statement",
        ],
        &[],
    );
    let text = snapshot("C", q(), &a);
    assert!(text.contains("To make sure staff understand the sector's importance, it already uses newsletters and other communications."), "{text}");
    assert!(text.contains("Its plans for staff understanding of the sector include VCS sessions in staff induction."), "{text}");
    assert!(
        text.contains("Its plans mention volunteering, but not the sector itself."),
        "{text}"
    );
    assert!(text.contains("a statement of agreed practice"), "{text}");
}

#[test]
fn nothing_answered_says_nothing() {
    assert_eq!(snapshot("X", q(), &answers(&[], &[])), "");
}

#[test]
fn describes_support_partnership_compact_and_leads() {
    let a = answers(
        &[
            "q1.grants",
            "q1.sla",
            "q1.cvs_funding",
            "q2.lsp",
            "q2.regular_meetings",
            "q3_1.yes",
            "q3_2.inform_practice",
            "q3_2.refresh_due",
            "q4_1.no",
            "q4_2.use_compact",
            "q9.no",
            "q10.yes",
        ],
        &[
            ("q10_role", "Community Development Officer"),
            ("q10_name", "Private Person"),
        ],
    );
    let text = snapshot("Anytown Council", q(), &a);
    assert!(text.starts_with(
        "Anytown Council supports the voluntary and community sector through grants, service level agreements and funding for the CVS."
    ), "{text}");
    assert!(text.contains("It works in partnership with the sector through the Local Strategic Partnership and regular meetings."), "{text}");
    assert!(text.contains("It has a local Compact, which it uses to inform practice. The Compact is due to be refreshed or reviewed."), "{text}");
    assert!(
        text.contains("It does not have a VCS strategy, choosing to use the Compact instead."),
        "{text}"
    );
    assert!(text.contains("It has an officer (Community Development Officer) responsible for partnership working with the sector, but no councillor, executive member or senior manager."), "{text}");
    assert!(!text.contains("Private Person"), "names stay out: {text}");
}

#[test]
fn none_and_no_plans_answers_are_said_plainly() {
    let a = answers(
        &["q1.none", "q2.none", "q5.none", "q6_2.no_plans", "q8.no"],
        &[],
    );
    let text = snapshot("B", q(), &a);
    assert!(
        text.contains("B gives the voluntary and community sector no direct support at present.")
    );
    assert!(text.contains("It does not report any partnership working with the sector."));
    assert!(text.contains("It has no system in place to monitor the effectiveness of its support."));
    assert!(text.contains("It has no plans yet for future engagement."));
    assert!(text.contains(
        "The sector is not mentioned directly in its community strategy or corporate plan."
    ));
}

#[test]
fn every_peer_gets_a_snapshot_with_every_sentence_closed() {
    for peer in &PeerSet::bundled().peers {
        let text = snapshot(peer.short_name, q(), &peer.answers);
        assert!(text.starts_with(peer.short_name), "{text}");
        assert!(text.ends_with('.') || text.ends_with('\u{201d}'), "{text}");
        assert!(!text.contains(" ."), "{text}");
        // No sentence opens as another does, and none says its duty twice.
        let sentences: Vec<&str> = text.split(". ").collect();
        for (i, a) in sentences.iter().enumerate() {
            let opening: Vec<&str> = a.split(' ').take(6).collect();
            for b in &sentences[i + 1..] {
                let other: Vec<&str> = b.split(' ').take(6).collect();
                assert!(
                    opening.len() < 6 || opening != other,
                    "two sentences open alike in {}: {a} / {b}",
                    peer.short_name
                );
            }
            assert!(
                a.matches("partnership working").count() < 2,
                "said twice: {a}"
            );
            assert!(!a.contains("; managed"), "a clause without a verb: {a}");
        }
    }
}

#[test]
fn staff_volunteering_alone_is_not_support_for_the_sector() {
    // The Constabulary "does not support Third Sector directly. However,
    // there is an in-house Volunteering scheme."
    let text = snapshot("Police", q(), &answers(&["q1.staff_volunteering"], &[]));
    assert!(
        text.starts_with("Police does not support the voluntary and community sector directly, but has staff volunteering arrangements."),
        "{text}"
    );
}
