//! No standard is met on the strength of plans: a plan lifts Not met to
//! Partly met and no further, whatever else is answered.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{edited, q, standards};
use proptest::prelude::*;
use thriving_third_sector::domain::answers::Answers;
use thriving_third_sector::domain::ids::OptionRef;
use thriving_third_sector::domain::scoring::{score_all, Status};
use thriving_third_sector::domain::standards::Rule;

/// Every option, and whether it states a plan.
fn options() -> Vec<(OptionRef, bool)> {
    q().questions
        .iter()
        .flat_map(|x| x.parts)
        .flat_map(|p| {
            p.options
                .iter()
                .map(move |o| (OptionRef::new(p.id, o.id), p.is_plan(o)))
        })
        .collect()
}

fn fields() -> Vec<String> {
    q().questions
        .iter()
        .flat_map(|x| x.fields)
        .map(|f| f.id.to_string())
        .collect()
}

/// Answers from ticks among `options` and free text in any field.
fn arb_answers(options: Vec<OptionRef>) -> impl Strategy<Value = Answers> {
    let fields = fields();
    (
        prop::collection::vec(0..options.len(), 0..40),
        prop::collection::vec((0..fields.len(), "[a-zA-Z ]{1,12}"), 0..6),
    )
        .prop_map(move |(ticks, texts)| {
            let mut a = Answers::default();
            for i in ticks {
                a.set_option(q(), options[i].part, options[i].option, true);
            }
            for (i, text) in texts {
                a.set_text(&fields[i], &text);
            }
            a
        })
}

fn without_plans(a: &Answers) -> Answers {
    let mut kept = a.clone();
    for (r, is_plan) in options() {
        if is_plan {
            kept.set_option(q(), r.part, r.option, false);
        }
    }
    kept
}

#[test]
fn questions_6_1_to_6_3_are_all_plans() {
    for part in ["q6_1", "q6_2", "q6_3"] {
        assert!(q().part(part).unwrap().1.plans, "{part}");
    }
    assert!(!q().part("q6_3_now").unwrap().1.plans);
    assert!(q().is_plan(&OptionRef::new("q4_2", "planned")));
    assert!(!q().is_plan(&OptionRef::new("q6_1", "no_plans")));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn answers_to_6_1_to_6_3_alone_meet_no_standard(a in arb_answers(
        options().into_iter().map(|(r, _)| r).filter(|r| r.part.starts_with("q6_") && r.part != "q6_3_now").collect()
    )) {
        for s in score_all(standards(), q(), &a) {
            prop_assert!(s.status != Status::Met, "{} met on plans: {:?}", s.standard_id, a);
        }
    }

    #[test]
    fn plans_never_decide_met_and_only_ever_lift_to_partly(a in arb_answers(
        options().into_iter().map(|(r, _)| r).collect()
    )) {
        let with = score_all(standards(), q(), &a);
        let without = score_all(standards(), q(), &without_plans(&a));
        for (w, wo) in with.iter().zip(&without) {
            prop_assert_eq!(w.status == Status::Met, wo.status == Status::Met, "{}", &w.standard_id);
            if w.planned {
                prop_assert_eq!(w.status, Status::PartlyMet);
                prop_assert!(wo.status <= Status::NotMet, "{}", &w.standard_id);
            }
            if w.status != wo.status && wo.status != Status::NotAnswered {
                prop_assert!(w.planned, "{} changed by a plan without saying so", &w.standard_id);
            }
        }
    }
}

#[test]
fn a_plan_in_a_met_rule_is_reported_by_the_data_checks() {
    let mut broken = standards().clone();
    broken.standards = edited(broken.standards, |standards| {
        standards[0].met = Rule::Option(OptionRef::new("q6_2", "consultations"));
    });
    let problems = broken.problems(q());
    assert!(
        problems.contains(&"influence: the plan q6_2.consultations could meet it".to_string()),
        "{problems:?}"
    );
}
