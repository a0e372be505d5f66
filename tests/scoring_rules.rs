//! Each standard's rule, at every level it can reach.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{answers, planned, q, standards, status};
use thriving_third_sector::domain::scoring::{score_all, score_standard, Status::*, Summary};

#[test]
fn nothing_answered_means_not_yet_answered_everywhere() {
    let a = answers(&[], &[]);
    let scores = score_all(standards(), q(), &a);
    assert_eq!(scores.len(), 13);
    assert!(scores.iter().all(|s| s.status == NotAnswered));
    assert_eq!(Summary::of(&scores).not_answered, 13);
    assert_eq!(Summary::of(&scores).percent, 0);
}

#[test]
fn influence() {
    assert_eq!(
        status("influence", &answers(&["q2.lsp", "q2.consultation"], &[])),
        Met
    );
    assert_eq!(
        status(
            "influence",
            &answers(&["q2.subgroups", "q2.resourced_reps"], &[])
        ),
        Met
    );
    assert_eq!(status("influence", &answers(&["q2.lsp"], &[])), PartlyMet);
    assert_eq!(
        status("influence", &answers(&["q2.task_finish"], &[])),
        PartlyMet
    );
    assert_eq!(status("influence", &answers(&["q2.liaison"], &[])), NotMet);
    assert_eq!(status("influence", &answers(&["q2.none"], &[])), NotMet);
}

#[test]
fn a_plan_to_consult_is_not_consultation() {
    // The case: seats on the LSP and a plan to consult.
    let a = answers(&["q2.lsp", "q6_2.consultations"], &[]);
    assert_eq!(status("influence", &a), PartlyMet);
    assert!(!planned("influence", &a), "partly met on current seats");
    let plan_only = answers(&["q2.liaison", "q6_2.consultations"], &[]);
    assert_eq!(status("influence", &plan_only), PartlyMet);
    assert!(planned("influence", &plan_only));
}

#[test]
fn internal_promotion_counts_what_is_in_place_now() {
    assert_eq!(
        status(
            "internal_promotion",
            &answers(&["q6_3_now.communications", "q6_3_now.member_links"], &[])
        ),
        Met
    );
    let one = answers(&["q6_3_now.communications"], &[]);
    assert_eq!(status("internal_promotion", &one), PartlyMet);
    assert!(!planned("internal_promotion", &one));
    let plans = answers(
        &["q6_3.communications", "q6_3.member_links", "q6_3.forum"],
        &[],
    );
    assert_eq!(status("internal_promotion", &plans), PartlyMet);
    assert!(planned("internal_promotion", &plans));
    // "Due to be discussed" is not yet a plan; and plans that do not hold
    // leave the standard unanswered until current practice is answered.
    assert_eq!(
        status(
            "internal_promotion",
            &answers(&["q6_3.due_discussion"], &[])
        ),
        NotAnswered
    );
    assert_eq!(
        status(
            "internal_promotion",
            &answers(&["q6_3_now.none", "q6_3.due_discussion"], &[])
        ),
        NotMet
    );
    assert_eq!(
        status(
            "internal_promotion",
            &answers(&["q6_3_now.none", "q6_3.no_plans"], &[])
        ),
        NotMet
    );
}

#[test]
fn officer_and_senior_lead_are_met_by_a_yes_the_role_asked_not_required() {
    assert_eq!(
        status(
            "officer",
            &answers(&["q10.yes"], &[("q10_role", "VCS liaison officer")])
        ),
        Met
    );
    // Items 3 and 4 ask only that someone is responsible.
    assert_eq!(
        status(
            "officer",
            &answers(&["q10.yes"], &[("q10_name", "A. Person")])
        ),
        Met
    );
    assert_eq!(status("officer", &answers(&["q10.no"], &[])), NotMet);
    // A role typed beside No does not lift the verdict.
    assert_eq!(
        status(
            "officer",
            &answers(&["q10.no"], &[("q10_role", "Vacant since May")])
        ),
        NotMet
    );
    assert_eq!(
        status("officer", &answers(&[], &[("q10_name", "A. Person")])),
        NotAnswered
    );
    assert_eq!(
        status(
            "senior_lead",
            &answers(&["q9.yes"], &[("q9_role", "Leader")])
        ),
        Met
    );
    assert_eq!(status("senior_lead", &answers(&["q9.yes"], &[])), Met);
    assert_eq!(
        status(
            "senior_lead",
            &answers(&["q9.no"], &[("q9_role", "Vacant since May")])
        ),
        NotMet
    );
}

#[test]
fn monitoring_is_met_only_by_asking_the_sector() {
    assert_eq!(status("monitoring", &answers(&["q5.ask_vcs"], &[])), Met);
    // Methods count only where they monitor the support, not contract delivery.
    assert_eq!(
        status(
            "monitoring",
            &answers(&["q5.reports", "q5.meetings", "q5_focus.support"], &[])
        ),
        PartlyMet
    );
    assert_eq!(
        status(
            "monitoring",
            &answers(&["q5.reports", "q5.meetings", "q5_focus.delivery"], &[])
        ),
        NotMet
    );
    assert_eq!(
        status("monitoring", &answers(&["q5.reports", "q5.meetings"], &[])),
        NotMet
    );
    assert_eq!(status("monitoring", &answers(&["q5.none"], &[])), NotMet);
}

#[test]
fn plan_mention_needs_details_and_volunteering_alone_is_no() {
    assert_eq!(
        status(
            "plan_mention",
            &answers(&["q8.yes"], &[("q8_details", "Support a vibrant VCS")])
        ),
        Met
    );
    assert_eq!(
        status("plan_mention", &answers(&["q8.yes"], &[])),
        PartlyMet
    );
    // Like volunteering, community engagement alone does not name the sector.
    assert_eq!(
        status("plan_mention", &answers(&["q8.engagement"], &[])),
        NotMet
    );
    assert_eq!(
        status("plan_mention", &answers(&["q8.volunteering_only"], &[])),
        NotMet
    );
    assert_eq!(status("plan_mention", &answers(&["q8.no"], &[])), NotMet);
}

#[test]
fn strategy() {
    assert_eq!(status("strategy", &answers(&["q4_1.yes"], &[])), Met);
    // Answering the Compact question does not answer the strategy question.
    assert_eq!(
        status("strategy", &answers(&["q3_1.yes"], &[])),
        NotAnswered
    );
    // The report's alternative: a statement of agreed practice.
    assert_eq!(status("strategy", &answers(&["q4_1.statement"], &[])), Met);
    // Still being developed, or a Compact to be used instead: planned.
    let developing = answers(&["q4_1.developing"], &[]);
    assert_eq!(status("strategy", &developing), PartlyMet);
    assert!(planned("strategy", &developing));
    let compact_instead = answers(&["q3_1.yes", "q4_1.no", "q4_2.use_compact"], &[]);
    assert_eq!(status("strategy", &compact_instead), PartlyMet);
    assert!(planned("strategy", &compact_instead));
    // Three Rivers: the Compact it would use instead is itself only being developed.
    assert_eq!(
        status(
            "strategy",
            &answers(&["q3_1.developing", "q4_1.no", "q4_2.use_compact"], &[])
        ),
        NotMet
    );
    let dated = answers(&["q4_1.no", "q4_2.planned"], &[("q4_when", "2011")]);
    assert_eq!(status("strategy", &dated), PartlyMet);
    assert!(planned("strategy", &dated));
    // A plan with no date is not yet a plan.
    assert_eq!(
        status("strategy", &answers(&["q4_1.no", "q4_2.planned"], &[])),
        NotMet
    );
    assert_eq!(
        status("strategy", &answers(&["q4_1.no", "q4_2.assessing"], &[])),
        NotMet
    );
}

#[test]
fn induction_is_told_apart_from_other_workshops_and_from_plans() {
    assert_eq!(
        status("induction", &answers(&["q6_3_now.induction"], &[])),
        Met
    );
    assert_eq!(
        status("induction", &answers(&["q6_3_now.workshops"], &[])),
        PartlyMet
    );
    assert_eq!(
        status("induction", &answers(&["q6_3_now.shared_training"], &[])),
        PartlyMet
    );
    // The Constabulary's and the County Council's planned sessions.
    let planned_sessions = answers(&["q6_3.induction"], &[]);
    assert_eq!(status("induction", &planned_sessions), PartlyMet);
    assert!(planned("induction", &planned_sessions));
    assert_eq!(
        status("induction", &answers(&["q6_3_now.communications"], &[])),
        NotMet
    );
    // Only a plan for induction lifts it: general workshops are not induction.
    for plan in ["q6_3.workshops", "q6_3.shared_training"] {
        assert_eq!(
            status("induction", &answers(&["q6_3_now.none", plan], &[])),
            NotMet,
            "{plan}"
        );
    }
}

#[test]
fn infrastructure_funding() {
    assert_eq!(
        status("infrastructure_funding", &answers(&["q1.cvs_funding"], &[])),
        Met
    );
    assert_eq!(
        status(
            "infrastructure_funding",
            &answers(&["q1.volunteer_centre_funding"], &[])
        ),
        Met
    );
    let plan = answers(&["q1.grants", "q6_1.increase_cvs_funding"], &[]);
    assert_eq!(status("infrastructure_funding", &plan), PartlyMet);
    assert!(planned("infrastructure_funding", &plan));
    assert_eq!(
        status("infrastructure_funding", &answers(&["q1.grants"], &[])),
        NotMet
    );
}

#[test]
fn commissioning_counts_the_sector_friendly_practices() {
    assert_eq!(
        status(
            "commissioning",
            &answers(
                &["q1.multi_year", "s1.tender_panels", "s1.early_dialogue"],
                &[]
            )
        ),
        Met
    );
    assert_eq!(
        status(
            "commissioning",
            &answers(&["s1.tender_panels", "s1.early_dialogue"], &[])
        ),
        PartlyMet
    );
    assert_eq!(
        status("commissioning", &answers(&["q1.multi_year"], &[])),
        PartlyMet
    );
    assert_eq!(status("commissioning", &answers(&["s1.none"], &[])), NotMet);
}

#[test]
fn funding_mix_needs_a_contract_beside_grants() {
    assert_eq!(
        status("funding_mix", &answers(&["q1.grants", "q1.sla"], &[])),
        Met
    );
    assert_eq!(
        status(
            "funding_mix",
            &answers(&["q1.grants", "q2.commissioned"], &[])
        ),
        Met
    );
    // Multi-year funding can be grants alone: not a mix.
    assert_eq!(
        status(
            "funding_mix",
            &answers(&["q1.grants", "q1.multi_year"], &[])
        ),
        PartlyMet
    );
    assert_eq!(
        status("funding_mix", &answers(&["q1.grants"], &[])),
        PartlyMet
    );
    assert_eq!(status("funding_mix", &answers(&["q1.sla"], &[])), PartlyMet);
    assert_eq!(status("funding_mix", &answers(&["q1.none"], &[])), NotMet);
}

#[test]
fn communication_counts_every_standing_two_way_channel() {
    assert_eq!(
        status(
            "communication",
            &answers(&["q2.regular_meetings", "q2.liaison"], &[])
        ),
        Met
    );
    // Stevenage and Watford: LSP seats, sub-groups and networks.
    assert_eq!(
        status(
            "communication",
            &answers(&["q2.lsp", "q2.networks", "q2.subgroups"], &[])
        ),
        Met
    );
    assert_eq!(
        status("communication", &answers(&["q2.liaison"], &[])),
        PartlyMet
    );
    assert_eq!(
        status("communication", &answers(&["q2.lsp"], &[])),
        PartlyMet
    );
    // Seats on the LSP and on its sub-groups are one channel.
    assert_eq!(
        status("communication", &answers(&["q2.lsp", "q2.subgroups"], &[])),
        PartlyMet
    );
    assert_eq!(
        status(
            "communication",
            &answers(&["q2.subgroups", "q2.regular_meetings"], &[])
        ),
        Met
    );
    assert_eq!(
        status(
            "communication",
            &answers(&["q2.commissioned", "q2.task_finish"], &[])
        ),
        NotMet
    );
}

#[test]
fn compact_is_met_by_signing_up() {
    assert_eq!(status("compact", &answers(&["q3_1.yes"], &[])), Met);
    // A Compact group that meets, without "inform practice" ticked.
    assert_eq!(
        status("compact", &answers(&["q3_1.yes", "q3_2.group_meets"], &[])),
        Met
    );
    assert_eq!(status("compact", &answers(&["q3_1.signed_up"], &[])), Met);
    let developing = answers(&["q3_1.developing"], &[]);
    assert_eq!(status("compact", &developing), PartlyMet);
    assert!(planned("compact", &developing));
    assert_eq!(status("compact", &answers(&["q3_1.no"], &[])), NotMet);
}

#[test]
fn every_standard_can_reach_every_status() {
    // The richest and poorest answers possible reach met and not met everywhere.
    let mut all = Vec::new();
    for question in q().questions {
        for part in question.parts {
            for option in part.options {
                let excluded = [
                    "no",
                    "developing",
                    "engagement",
                    "volunteering_only",
                    "statement",
                ];
                if !option.exclusive && !excluded.contains(&option.id) {
                    all.push(format!("{}.{}", part.id, option.id));
                }
            }
        }
    }
    let refs: Vec<&str> = all.iter().map(String::as_str).collect();
    let texts = [
        ("q8_details", "x"),
        ("q9_role", "x"),
        ("q10_role", "x"),
        ("q4_when", "x"),
    ];
    let best = answers(&refs, &texts);
    for s in score_all(standards(), q(), &best) {
        assert_eq!(s.status, Met, "{}", s.standard_id);
    }
    let worst = answers(
        &[
            "q1.none",
            "q2.none",
            "q3_1.no",
            "q4_1.no",
            "q4_2.no_plans",
            "q5.none",
            "q6_1.no_plans",
            "q6_2.no_plans",
            "q6_3_now.none",
            "q6_3.no_plans",
            "q8.no",
            "q9.no",
            "q10.no",
            "s1.none",
        ],
        &[],
    );
    for s in score_all(standards(), q(), &worst) {
        assert_eq!(s.status, NotMet, "{}", s.standard_id);
    }
    assert_eq!(
        Summary::of(&score_all(standards(), q(), &best)).percent,
        100
    );
}

#[test]
fn a_verdict_on_plans_says_so_and_takes_the_steps_for_not_met() {
    let a = answers(&["q6_3.induction"], &[]);
    let s = standards().standard("induction").unwrap();
    let score = score_standard(s, q(), &a, q().version);
    assert_eq!(score.label(), "Partly met: planned, not yet in place");
    assert!(score
        .explanation(s)
        .starts_with("Partly met on a plan only"));
    assert_eq!(score.next_steps(s), s.next_steps.not_met);
    assert_eq!(
        score.evidence[0].to_string(),
        "Question 6.3: VCS information sessions in the induction of new staff (a plan)"
    );
    // Where only a plan can ever make it partly met, its own steps apply.
    let f = standards().standard("infrastructure_funding").unwrap();
    let plan = score_standard(
        f,
        q(),
        &answers(&["q6_1.increase_cvs_funding"], &[]),
        q().version,
    );
    assert_eq!(plan.next_steps(f), f.next_steps.partly_met);
}

#[test]
fn evidence_lists_the_answers_that_decided_it() {
    let a = answers(
        &[
            "q2.lsp",
            "q2.liaison",
            "q2.consultation",
            "q6_2.consultations",
        ],
        &[],
    );
    let s = standards().standard("influence").unwrap();
    let score = thriving_third_sector::domain::scoring::score_standard(s, q(), &a, q().version);
    let evidence: Vec<_> = score
        .evidence
        .iter()
        .map(|e| (e.question.as_str(), e.answer.as_str()))
        .collect();
    assert_eq!(
        evidence,
        [
            (
                "Question 2",
                "The VCS sits on the Local Strategic Partnership (LSP)"
            ),
            (
                "Question 2",
                "We consult the VCS before decisions are made (already in place, not a plan)"
            ),
            ("Question 6.2", "Consult the VCS"),
        ]
    );
    assert!(score.explanation(s).starts_with("Met because"));
}

#[test]
fn partly_met_says_what_it_takes_to_meet() {
    let a = answers(&["q2.liaison"], &[]);
    let s = standards().standard("communication").unwrap();
    let score = thriving_third_sector::domain::scoring::score_standard(s, q(), &a, q().version);
    let text = score.explanation(s);
    assert!(text.starts_with("Partly met because"), "{text}");
    assert!(
        text.contains("To meet it: two or more distinct standing channels"),
        "{text}"
    );
    assert_eq!(score.next_steps(s), s.next_steps.partly_met);
}

#[test]
fn the_overall_figure_counts_two_for_met_and_one_for_partly() {
    // Influence met, communication partly met (one channel); funding mix
    // draws on q2 too, so it is not met rather than not answered.
    let a = answers(&["q2.lsp", "q2.resourced_reps"], &[]);
    let summary = Summary::of(&score_all(standards(), q(), &a));
    assert_eq!(
        (
            summary.met,
            summary.partly_met,
            summary.not_met,
            summary.not_answered
        ),
        (1, 1, 1, 10)
    );
    // 3 points of 26 is 11.5%, rounded half up.
    assert_eq!(summary.percent, 12);
}

#[test]
fn a_compact_audit_is_not_internal_promotion() {
    let audit = answers(&["q6_3_now.none", "q6_3.compact_audit"], &[]);
    assert_eq!(status("internal_promotion", &audit), NotMet);
}

#[test]
fn a_plan_weighs_half_of_practice_in_the_overall_figure() {
    // Compact still being developed: partly met on a plan alone, half a point.
    let plan = Summary::of(&score_all(
        standards(),
        q(),
        &answers(&["q3_1.developing"], &[]),
    ));
    assert_eq!((plan.partly_met, plan.planned), (1, 1));
    // 0.5 of 26 points is 1.9%.
    assert_eq!(plan.percent, 2);
    // Partly met in practice (one channel): a whole point, 3.8%.
    let practice = Summary::of(&score_all(standards(), q(), &answers(&["q2.liaison"], &[])));
    assert_eq!((practice.partly_met, practice.planned), (1, 0));
    assert_eq!(practice.percent, 4);
}

#[test]
fn options_added_since_a_record_was_answered_are_not_asked() {
    use thriving_third_sector::domain::scoring::score_standard;
    let s = standards().standard("internal_promotion").unwrap();
    // A 2010 answer: no plans for staff understanding, and the part on what
    // is done now did not exist. Not met, on fewer questions.
    let a = answers(&["q6_3.no_plans"], &[]);
    let then = score_standard(s, q(), &a, "2010");
    assert_eq!(then.status, NotMet);
    assert!(then.on_fewer_questions());
    assert!(then
        .not_asked
        .contains(&"Staff workshops or briefings about the VCS"));
    assert!(then.not_asked_sentence().unwrap().contains("never asked"));
    // Today the same answers leave current practice unanswered.
    let now = score_standard(s, q(), &a, q().version);
    assert_eq!(now.status, NotAnswered);
    assert!(!now.on_fewer_questions());
    // An option the record holds from elsewhere (the report's text) is not
    // "not asked".
    let from_text = answers(&["q6_3_now.shared_training"], &[]);
    let dacorum = score_standard(s, q(), &from_text, "2010");
    assert_eq!(dacorum.status, PartlyMet);
    assert!(!dacorum
        .not_asked
        .contains(&"Training events shared with the VCS"));
    // A record of 2010-appendix5.2 was asked everything but what monitors what.
    let m = standards().standard("monitoring").unwrap();
    let v52 = score_standard(m, q(), &answers(&["q5.reports"], &[]), "2010-appendix5.2");
    assert_eq!(
        v52.not_asked,
        ["The quality and effect of the support we give to the sector"]
    );
    assert_eq!(v52.status, NotMet);
}
