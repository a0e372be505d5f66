//! A paragraph about the body in the manner of the report's organisational
//! snapshots, built only from its structured answers and the roles and
//! priority it gave. Names and contact details are never used.

use super::answers::Answers;
use super::ids::OptionRef;
use super::questionnaire::Questionnaire;

/// Declares every option the snapshot reads by id, so that `problems` can
/// check them all against the questionnaire like any other reference.
macro_rules! said {
    ($($name:ident = $part:literal . $option:literal),* $(,)?) => {
        #[derive(Clone, Copy)]
        enum Said { $($name),* }
        impl Said {
            const ALL: &'static [Said] = &[$(Said::$name),*];
            fn reference(self) -> (&'static str, &'static str) {
                match self { $(Said::$name => ($part, $option)),* }
            }
        }
    };
}

said! {
    NoSupport = "q1"."none",
    StaffVolunteering = "q1"."staff_volunteering",
    NoPartnership = "q2"."none",
    CompactYes = "q3_1"."yes",
    CompactSignedUp = "q3_1"."signed_up",
    CompactDeveloping = "q3_1"."developing",
    CompactNo = "q3_1"."no",
    CompactInformsPractice = "q3_2"."inform_practice",
    CompactVcsManaged = "q3_2"."vcs_managed",
    CompactGroupMeets = "q3_2"."group_meets",
    CompactGroupLapsed = "q3_2"."group_lapsed",
    CompactRefreshDue = "q3_2"."refresh_due",
    StrategyYes = "q4_1"."yes",
    StrategyStatement = "q4_1"."statement",
    StrategyDeveloping = "q4_1"."developing",
    StrategyNo = "q4_1"."no",
    StrategyPlanned = "q4_2"."planned",
    StrategyUseCompact = "q4_2"."use_compact",
    StrategyAssessing = "q4_2"."assessing",
    StrategyNoPlans = "q4_2"."no_plans",
    NoMonitoring = "q5"."none",
    NoSupportPlans = "q6_1"."no_plans",
    NoEngagementPlans = "q6_2"."no_plans",
    NothingForStaffNow = "q6_3_now"."none",
    NoStaffPlans = "q6_3"."no_plans",
    PriorityYes = "q8"."yes",
    PriorityEngagement = "q8"."engagement",
    PriorityVolunteeringOnly = "q8"."volunteering_only",
    PriorityNo = "q8"."no",
    LeadYes = "q9"."yes",
    LeadNo = "q9"."no",
    OfficerYes = "q10"."yes",
    OfficerNo = "q10"."no",
}

/// The parts whose options are listed by their phrases, and the fields quoted.
const LISTED_PARTS: &[&str] = &["q1", "q2", "q5", "q6_1", "q6_2", "q6_3_now", "q6_3"];
const QUOTED_FIELDS: &[&str] = &["q4_when", "q8_details", "q9_role", "q10_role"];

/// Every id the snapshot reads that the questionnaire does not have.
pub fn problems(q: &Questionnaire) -> Vec<String> {
    let options = Said::ALL.iter().filter_map(|said| {
        let (part, option) = said.reference();
        let r = OptionRef::new(part, option);
        q.option(&r)
            .is_none()
            .then(|| format!("snapshot: no option {r}"))
    });
    let parts = LISTED_PARTS
        .iter()
        .filter(|p| q.part(p).is_none())
        .map(|p| format!("snapshot: no part {p}"));
    let fields = QUOTED_FIELDS
        .iter()
        .filter(|f| q.field(f).is_none())
        .map(|f| format!("snapshot: no field {f}"));
    options.chain(parts).chain(fields).collect()
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The phrases of the options selected in a part, in questionnaire order.
fn phrases<'a>(q: &'a Questionnaire, answers: &Answers, part_id: &str) -> Vec<&'a str> {
    q.part(part_id)
        .map(|(_, part)| {
            part.options
                .iter()
                .filter(|o| answers.is_selected(part_id, o.id))
                .filter_map(|o| o.phrase)
                .collect()
        })
        .unwrap_or_default()
}

fn chose(answers: &Answers, said: Said) -> bool {
    let (part, option) = said.reference();
    answers.is_selected(part, option)
}

/// One sentence per question answered; an empty string when nothing is.
pub fn snapshot(name: &str, q: &Questionnaire, a: &Answers) -> String {
    let mut s: Vec<String> = Vec::new();

    // What is done, listed, or the "none" answer, in words.
    let listed = |part: &str, lead: &str, none: Said, none_words: String| {
        let done = phrases(q, a, part);
        if !done.is_empty() {
            Some(format!("{lead} {}.", join_and(&done)))
        } else {
            chose(a, none).then_some(none_words)
        }
    };
    // Staff volunteering alone is not said to be support given to the
    // sector: the report says of the Constabulary, whose only Table 1 mark
    // it is, "does not support Third Sector directly. However, there is an
    // in-house Volunteering scheme."
    if phrases(q, a, "q1").len() == 1 && chose(a, Said::StaffVolunteering) {
        s.push(format!(
            "{name} does not support the voluntary and community sector directly, but has staff volunteering arrangements."
        ));
    } else {
        s.extend(listed(
            "q1",
            &format!("{name} supports the voluntary and community sector through"),
            Said::NoSupport,
            format!(
                "{name} gives the voluntary and community sector no direct support at present."
            ),
        ));
    }
    s.extend(listed(
        "q2",
        "It works in partnership with the sector through",
        Said::NoPartnership,
        "It does not report any partnership working with the sector.".into(),
    ));
    s.extend(compact_sentence(a));
    s.extend(strategy_sentence(a));
    s.extend(listed(
        "q5",
        "It monitors the effectiveness of its support through",
        Said::NoMonitoring,
        "It has no system in place to monitor the effectiveness of its support.".into(),
    ));
    s.extend(listed(
        "q6_3_now",
        "To make sure staff understand the sector's importance, it already uses",
        Said::NothingForStaffNow,
        "It has nothing in place yet to make sure staff understand the sector's importance.".into(),
    ));

    let mut no_plans: Vec<&str> = Vec::new();
    for (part, lead, none, what) in [
        (
            "q6_1",
            "Plans for future support include",
            Said::NoSupportPlans,
            "future support",
        ),
        (
            "q6_2",
            "For future engagement it plans",
            Said::NoEngagementPlans,
            "future engagement",
        ),
        (
            "q6_3",
            "Its plans for staff understanding of the sector include",
            Said::NoStaffPlans,
            "making sure staff understand the sector's importance",
        ),
    ] {
        // Parts with no plans are said once, together, not one sentence each.
        const NONE: &str = "";
        match listed(part, lead, none, NONE.into()) {
            Some(said) if said == NONE => no_plans.push(what),
            said => s.extend(said),
        }
    }
    if !no_plans.is_empty() {
        s.push(format!("It has no plans yet for {}.", join_and(&no_plans)));
    }

    s.extend(leads_sentence(a));

    if chose(a, Said::PriorityYes) {
        match a.text("q8_details") {
            // Details that carry their own quotation marks (the 2010
            // report's words, with where they come from) are not quoted again.
            Some(details) if details.trim_start().starts_with(['"', '\u{201c}']) => s.push(format!(
                "Its community strategy or corporate plan has a priority relating directly to the sector: {}",
                details.trim()
            )),
            Some(details) => s.push(format!(
                "Its community strategy or corporate plan has a priority relating directly to the sector: \u{201c}{}\u{201d}",
                details.trim()
            )),
            None => s.push("Its community strategy or corporate plan has a priority relating directly to the sector.".into()),
        }
    } else if chose(a, Said::PriorityEngagement) {
        s.push("Its plans mention community engagement, but not the sector itself.".into());
    } else if chose(a, Said::PriorityVolunteeringOnly) {
        s.push("Its plans mention volunteering, but not the sector itself.".into());
    } else if chose(a, Said::PriorityNo) {
        s.push(
            "The sector is not mentioned directly in its community strategy or corporate plan."
                .into(),
        );
    }

    s.join(" ")
}

fn compact_sentence(a: &Answers) -> Option<String> {
    let uses = chose(a, Said::CompactInformsPractice);
    let mut sentence = if chose(a, Said::CompactYes) {
        String::from("It has a local Compact")
    } else if chose(a, Said::CompactSignedUp) {
        String::from("It has signed up to a partner's Compact")
    } else if chose(a, Said::CompactDeveloping) {
        return Some("Its Compact is still being developed.".into());
    } else if chose(a, Said::CompactNo) {
        return Some("It does not have a Compact.".into());
    } else {
        return None;
    };
    if uses {
        sentence.push_str(", which it uses to inform practice");
    }
    sentence.push('.');
    // What is said of the Compact, a sentence of its own: "The Compact is
    // managed by VCS chief officers and is due to be refreshed or reviewed."
    let mut about = Vec::new();
    if chose(a, Said::CompactVcsManaged) {
        about.push("is managed by VCS chief officers");
    }
    if chose(a, Said::CompactGroupMeets) {
        about.push("has a group that meets regularly");
    }
    if chose(a, Said::CompactGroupLapsed) {
        about.push("has a group that no longer meets");
    }
    if chose(a, Said::CompactRefreshDue) {
        about.push("is due to be refreshed or reviewed");
    }
    if !about.is_empty() {
        sentence.push_str(&format!(" The Compact {}.", join_and(&about)));
    }
    Some(sentence)
}

fn strategy_sentence(a: &Answers) -> Option<String> {
    if chose(a, Said::StrategyYes) {
        return Some("It has a VCS strategy.".into());
    }
    if chose(a, Said::StrategyStatement) {
        return Some(
            "It has no VCS strategy, but a statement of agreed practice in relating to and supporting the sector."
                .into(),
        );
    }
    if chose(a, Said::StrategyDeveloping) {
        return Some("Its VCS strategy is being developed.".into());
    }
    let when = a
        .text("q4_when")
        .map(|w| format!(" ({})", w.trim()))
        .unwrap_or_default();
    let plan = if chose(a, Said::StrategyPlanned) {
        format!(" but plans to develop one{when}")
    } else if chose(a, Said::StrategyUseCompact) {
        ", choosing to use the Compact instead".into()
    } else if chose(a, Said::StrategyAssessing) {
        " and is assessing the value of one".into()
    } else if chose(a, Said::StrategyNoPlans) {
        " and has no plans to develop one".into()
    } else {
        String::new()
    };
    (chose(a, Said::StrategyNo) || !plan.is_empty())
        .then(|| format!("It does not have a VCS strategy{plan}."))
}

fn leads_sentence(a: &Answers) -> Option<String> {
    // A role that restates the duty ("Officer responsible for partnership
    // working with the VCS") would say it twice in one sentence.
    let role = |field: &str| {
        a.text(field)
            .map(str::trim)
            .filter(|r| {
                let r = r.to_ascii_lowercase();
                !(r.contains("responsib") || r.contains("partnership working"))
            })
            .map(|r| format!(" ({r})"))
            .unwrap_or_default()
    };
    let lead = (chose(a, Said::LeadYes), chose(a, Said::LeadNo));
    let officer = (chose(a, Said::OfficerYes), chose(a, Said::OfficerNo));
    let senior = "councillor, executive member or senior manager";
    let text = match (lead, officer) {
        ((true, _), (true, _)) => format!(
            "It has both a {senior}{} and an officer{} responsible for partnership working with the sector.",
            role("q9_role"),
            role("q10_role")
        ),
        ((true, _), _) => format!(
            "It has a {senior}{} responsible for partnership working with the sector{}.",
            role("q9_role"),
            if officer.1 { ", but no responsible officer" } else { "" }
        ),
        (_, (true, _)) => format!(
            "It has an officer{} responsible for partnership working with the sector{}.",
            role("q10_role"),
            if lead.1 { format!(", but no {senior}") } else { String::new() }
        ),
        ((false, true), (false, true)) => {
            "No officer or senior lead is responsible for partnership working with the sector.".into()
        }
        ((false, true), _) => format!("No {senior} is responsible for partnership working with the sector."),
        (_, (false, true)) => "No officer is responsible for partnership working with the sector.".into(),
        _ => return None,
    };
    Some(text)
}
