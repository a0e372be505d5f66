//! A paragraph about the body in the manner of the report's organisational
//! snapshots, built only from its structured answers and the roles and
//! priority it gave. Names and contact details are never used.

use super::answers::Answers;
use super::questionnaire::Questionnaire;

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
                .filter(|o| answers.is_selected(part_id, &o.id))
                .filter_map(|o| o.phrase.as_deref())
                .collect()
        })
        .unwrap_or_default()
}

fn chose(answers: &Answers, part: &str, option: &str) -> bool {
    answers.is_selected(part, option)
}

/// One sentence per question answered; an empty string when nothing is.
pub fn snapshot(name: &str, q: &Questionnaire, a: &Answers) -> String {
    let mut s: Vec<String> = Vec::new();

    // What is done, listed, or the "none" answer, in words.
    let listed = |part: &str, lead: &str, none: String| {
        let done = phrases(q, a, part);
        if !done.is_empty() {
            Some(format!("{lead} {}.", join_and(&done)))
        } else {
            chose(a, part, "none").then_some(none)
        }
    };
    s.extend(listed(
        "q1",
        &format!("{name} supports the voluntary and community sector through"),
        format!("{name} gives the voluntary and community sector no direct support at present."),
    ));
    s.extend(listed(
        "q2",
        "It works in partnership with the sector through",
        "It does not report any partnership working with the sector.".into(),
    ));
    s.extend(compact_sentence(a));
    s.extend(strategy_sentence(a));
    s.extend(listed(
        "q5",
        "It monitors the effectiveness of its support through",
        "It has no system in place to monitor the effectiveness of its support.".into(),
    ));

    for (part, lead) in [
        ("q6_1", "Plans for future support include"),
        ("q6_2", "For future engagement it plans"),
        (
            "q6_3",
            "To make sure staff understand the sector's importance, it relies on",
        ),
    ] {
        let plans = phrases(q, a, part);
        if !plans.is_empty() {
            s.push(format!("{lead} {}.", join_and(&plans)));
        } else if chose(a, part, "no_plans") {
            let what = match part {
                "q6_1" => "future support",
                "q6_2" => "future engagement",
                _ => "making sure staff understand the sector's importance",
            };
            s.push(format!("It has no plans yet for {what}."));
        }
    }

    s.extend(leads_sentence(a));

    if chose(a, "q8", "yes") {
        match a.text("q8_details") {
            Some(details) => s.push(format!(
                "Its community strategy or corporate plan has a priority relating directly to the sector: \u{201c}{}\u{201d}",
                details.trim()
            )),
            None => s.push("Its community strategy or corporate plan has a priority relating directly to the sector.".into()),
        }
    } else if chose(a, "q8", "engagement_only") {
        s.push(
            "Its plans mention community engagement or volunteering, but not the sector itself."
                .into(),
        );
    } else if chose(a, "q8", "no") {
        s.push(
            "The sector is not mentioned directly in its community strategy or corporate plan."
                .into(),
        );
    }

    s.join(" ")
}

fn compact_sentence(a: &Answers) -> Option<String> {
    let uses = chose(a, "q3_2", "inform_practice");
    let mut sentence = if chose(a, "q3_1", "yes") {
        String::from("It has a local Compact")
    } else if chose(a, "q3_1", "signed_up") {
        String::from("It has signed up to a partner's Compact")
    } else if chose(a, "q3_1", "developing") {
        return Some("Its Compact is still being developed.".into());
    } else if chose(a, "q3_1", "no") {
        return Some("It does not have a Compact.".into());
    } else {
        return None;
    };
    if uses {
        sentence.push_str(", which it uses to inform practice");
    }
    let mut extra = Vec::new();
    if chose(a, "q3_2", "vcs_managed") {
        extra.push("managed by VCS chief officers");
    }
    if chose(a, "q3_2", "group_meets") {
        extra.push("its group meets regularly");
    }
    if chose(a, "q3_2", "group_lapsed") {
        extra.push("its group no longer meets");
    }
    if chose(a, "q3_2", "refresh_due") {
        extra.push("it is due to be refreshed or reviewed");
    }
    if !extra.is_empty() {
        sentence.push_str(&format!("; {}", join_and(&extra)));
    }
    sentence.push('.');
    Some(sentence)
}

fn strategy_sentence(a: &Answers) -> Option<String> {
    if chose(a, "q4_1", "yes") {
        return Some("It has a VCS strategy.".into());
    }
    if chose(a, "q4_1", "developing") {
        return Some("Its VCS strategy is being developed.".into());
    }
    let when = a
        .text("q4_when")
        .map(|w| format!(" ({})", w.trim()))
        .unwrap_or_default();
    let plan = if chose(a, "q4_2", "planned") {
        format!(" but plans to develop one{when}")
    } else if chose(a, "q4_2", "use_compact") {
        ", choosing to use the Compact instead".into()
    } else if chose(a, "q4_2", "assessing") {
        " and is assessing the value of one".into()
    } else if chose(a, "q4_2", "no_plans") {
        " and has no plans to develop one".into()
    } else {
        String::new()
    };
    (chose(a, "q4_1", "no") || !plan.is_empty())
        .then(|| format!("It does not have a VCS strategy{plan}."))
}

fn leads_sentence(a: &Answers) -> Option<String> {
    let role = |field: &str| {
        a.text(field)
            .map(|r| format!(" ({})", r.trim()))
            .unwrap_or_default()
    };
    let lead = (chose(a, "q9", "yes"), chose(a, "q9", "no"));
    let officer = (chose(a, "q10", "yes"), chose(a, "q10", "no"));
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
