//! The Analysis, regenerated: sentences in the manner of the report's
//! ("All except two of the respondents provide grants..."), with counts in
//! words and the bodies named when they are few.

use super::body::{CountyBody, Mark};
use super::filter::BodyFilter;
use super::findings::Findings;
use super::matrix::PartMatrix;
use super::words::{capitalise, list_names, number_words};
use crate::domain::ids::StandardId;
use crate::domain::peers::VERSION_2010;
use crate::domain::scoring::Status;
use crate::domain::standards::StandardSet;

/// Bodies are named when this many or fewer: more would be a list, not a sentence.
pub const NAME_LIMIT: usize = 5;

fn labels<'a>(bodies: &[&'a CountyBody]) -> Vec<&'a str> {
    bodies.iter().map(|b| b.in_sentence.as_str()).collect()
}

/// The group spoken of: "the fifteen respondents", "the eleven councils".
struct Group<'a> {
    total: usize,
    plural: &'a str,
    /// A part of the picture (the councils) after a sentence about all of
    /// it: "only" must say of whom.
    within: bool,
}

/// One finding about a group: who reports it, and whether anyone was named.
fn finding_sentence(
    group: &Group,
    holders: &[&CountyBody],
    others: &[&CountyBody],
    finding: &str,
) -> (String, bool) {
    let (n, m, t) = (holders.len(), others.len(), group.total);
    let tw = number_words(t);
    let plural = group.plural;
    let do_not = |names: &[&CountyBody]| {
        let verb = if names.len() == 1 { "does" } else { "do" };
        format!("{} {verb} not", list_names(&labels(names), "and"))
    };
    match (n, m) {
        (_, 0) if t == 1 => (
            format!("{} reports {finding}.", capitalise(&holders[0].in_sentence)),
            true,
        ),
        (0, _) if t == 1 => (
            format!(
                "{} does not report {finding}.",
                capitalise(&others[0].in_sentence)
            ),
            true,
        ),
        (_, 0) if t == 2 => (format!("Both {plural} report {finding}."), false),
        (0, _) if t == 2 => (
            format!("Neither of the two {plural} reports {finding}."),
            false,
        ),
        (_, 0) => (format!("All {tw} {plural} report {finding}."), false),
        (0, _) => (
            format!("None of the {tw} {plural} report {finding}."),
            false,
        ),
        (_, m) if m <= 2 && n > m => (
            format!(
                "All but {} of the {tw} {plural} report {finding}: {}.",
                number_words(m),
                do_not(others)
            ),
            true,
        ),
        // Within a part of the picture the part is said: after a sentence
        // about every body, "Only Watford reports…" would read as one in all.
        (1, _) if group.within => (
            format!(
                "Of the {tw} {plural}, only {} reports {finding}.",
                holders[0].in_sentence
            ),
            true,
        ),
        (1, _) => (
            format!("Only {} reports {finding}.", holders[0].in_sentence),
            true,
        ),
        (n, m) => {
            let lead = format!(
                "{} of the {tw} {plural} report {finding}",
                capitalise(&number_words(n))
            );
            if n <= NAME_LIMIT {
                (
                    format!("{lead}: {}.", list_names(&labels(holders), "and")),
                    true,
                )
            } else if m <= NAME_LIMIT {
                (format!("{lead}; {}.", do_not(others)), true)
            } else {
                (format!("{lead}."), false)
            }
        }
    }
}

/// When the picture mixes councils with other bodies and a sentence named
/// nobody, the same finding among the councils alone, as the report gives
/// its "Local Authorities" figures.
fn councils_too(filter: &BodyFilter, bodies: &[&CountyBody]) -> Option<Vec<usize>> {
    if *filter != BodyFilter::All {
        return None;
    }
    let councils: Vec<usize> = (0..bodies.len())
        .filter(|&i| bodies[i].is_council())
        .collect();
    (councils.len() >= 2 && councils.len() < bodies.len()).then_some(councils)
}

fn councils_of<'a>(list: &[&'a CountyBody]) -> Vec<&'a CountyBody> {
    list.iter().filter(|b| b.is_council()).copied().collect()
}

/// The bodies an option was never put to, in words: "the fifteen 2010
/// respondents", "Dacorum and Watford", "12 of the 40 respondents".
fn not_asked_of(list: &[&CountyBody], total: usize, plural: &str) -> String {
    let n = list.len();
    let of_2010 = list
        .iter()
        .all(|b| b.assessment.questionnaire_version == VERSION_2010);
    if of_2010 && n > 1 {
        // However many others the picture holds, these are a group of their own.
        format!("the {} {plural} of 2010", number_words(n))
    } else if n == total && n > 1 {
        format!("the {} {plural}", number_words(n))
    } else if n <= NAME_LIMIT {
        list_names(&labels(list), "and")
    } else {
        format!(
            "{} of the {} {plural}",
            number_words(n),
            number_words(total)
        )
    }
}

/// Sentences for one question part: one per option someone holds, then
/// one for the options nobody chose and one for those never asked. An
/// option added after a body answered is "not asked" of it, never "no";
/// a yes that rests on the 2010 report's text alone is said to.
pub fn part_sentences(
    matrix: &PartMatrix,
    bodies: &[&CountyBody],
    filter: &BodyFilter,
) -> Vec<String> {
    let plural = filter.plural();
    if bodies.is_empty() {
        return Vec::new();
    }
    let councils = councils_too(filter, bodies);
    let findings = Findings::bundled();
    let mut out = Vec::new();
    let mut nobody = Vec::new();
    let mut never_asked = Vec::new();
    for row in &matrix.rows {
        let finding = findings.of(matrix.part.id, row.option);
        // Who was offered the option, and who was not: the report's text may
        // still speak of a body that was not.
        let pick = |keep: &dyn Fn(Mark, bool) -> bool| -> Vec<&CountyBody> {
            bodies
                .iter()
                .zip(row.marks.iter().zip(&row.offered))
                .filter(|(_, (m, o))| keep(**m, **o))
                .map(|(b, _)| *b)
                .collect()
        };
        let holds = |m: Mark| matches!(m, Mark::Yes | Mark::FromText);
        let offered = pick(&|_, o| o);
        let unoffered = pick(&|_, o| !o);
        let text_only = pick(&|m, o| !o && holds(m));
        let holders = pick(&|m, o| o && holds(m));
        let others = pick(&|m, o| o && m == Mark::No);
        let on_text = pick(&|m, o| o && m == Mark::FromText);
        // That nobody chose "No" or "No plans" is no finding.
        let negative = row.option.exclusive || matches!(row.option.id, "no" | "no_plans");
        if offered.is_empty() {
            if text_only.is_empty() {
                never_asked.push(finding);
                if let Some(said) = findings.when_not_asked(matrix.part.id, row.option.id) {
                    out.push(said.to_string());
                }
            } else {
                out.push(format!(
                    "Not asked of {}; the report's text records {finding} for {}.",
                    not_asked_of(&unoffered, bodies.len(), plural),
                    list_names(&labels(&text_only), "and")
                ));
            }
            continue;
        }
        if holders.is_empty() && (negative || unoffered.is_empty()) {
            if !negative {
                nobody.push(finding);
            }
            continue;
        }
        let asked_plural = format!("{plural} asked");
        let group = Group {
            total: offered.len(),
            plural: if unoffered.is_empty() {
                plural
            } else {
                &asked_plural
            },
            within: false,
        };
        let (mut sentence, named) = finding_sentence(&group, &holders, &others, finding);
        if !on_text.is_empty() {
            let verb = if on_text.len() == 1 { "rests" } else { "rest" };
            sentence = format!(
                "{sentence} {} {verb} on the report's text, not a mark in its table.",
                capitalise(&list_names(&labels(&on_text), "and"))
            );
        }
        if !unoffered.is_empty() {
            let text = if text_only.is_empty() {
                String::new()
            } else {
                format!(
                    ", though the report's text records it for {}",
                    list_names(&labels(&text_only), "and")
                )
            };
            sentence = format!(
                "{sentence} Not asked of {}{text}.",
                not_asked_of(&unoffered, bodies.len(), plural)
            );
        }
        out.push(sentence);
        if let (Some(councils), false, true) = (&councils, named, unoffered.is_empty()) {
            let cg = Group {
                total: councils.len(),
                plural: "councils",
                within: true,
            };
            out.push(
                finding_sentence(&cg, &councils_of(&holders), &councils_of(&others), finding).0,
            );
        }
    }
    if !nobody.is_empty() {
        let tw = number_words(bodies.len());
        let subject = match bodies.len() {
            1 => format!("{} does not report", capitalise(&bodies[0].in_sentence)),
            2 => format!("Neither of the two {plural} reports"),
            _ => format!("None of the {tw} {plural} report"),
        };
        out.push(format!("{subject} {}.", list_names(&nobody, "or")));
    }
    if !never_asked.is_empty() {
        let all: Vec<&CountyBody> = bodies.to_vec();
        out.push(format!(
            "Not asked of {} (added to the questionnaire since they answered): {}.",
            not_asked_of(&all, bodies.len(), plural),
            list_names(&never_asked, "or")
        ));
    }
    out
}

/// How many bodies reached each level on one standard, and who.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardTally<'a> {
    pub standard_id: StandardId,
    pub met: Vec<&'a CountyBody>,
    pub partly_met: Vec<&'a CountyBody>,
    /// Of the partly met, those there on a plan alone.
    pub planned: usize,
    pub not_met: Vec<&'a CountyBody>,
    pub not_answered: Vec<&'a CountyBody>,
    /// Bodies whose verdict rests on fewer questions.
    pub fewer_questions: usize,
}

impl StandardTally<'_> {
    pub fn total(&self) -> usize {
        self.met.len() + self.partly_met.len() + self.not_met.len() + self.not_answered.len()
    }

    /// Partly met or not met: the bodies a next step is for.
    pub fn falling_short(&self) -> usize {
        self.partly_met.len() + self.not_met.len()
    }
}

/// For every standard in the set's order, who met, partly met and did not.
pub fn tally<'a>(set: &StandardSet, bodies: &[&'a CountyBody]) -> Vec<StandardTally<'a>> {
    set.standards
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut t = StandardTally {
                standard_id: s.id,
                met: Vec::new(),
                partly_met: Vec::new(),
                planned: 0,
                not_met: Vec::new(),
                not_answered: Vec::new(),
                fewer_questions: 0,
            };
            for b in bodies {
                // Scores are in the set's order: made by `score_all_as_of`.
                let score = &b.scores[i];
                t.fewer_questions += usize::from(score.on_fewer_questions());
                match score.status {
                    Status::Met => t.met.push(b),
                    Status::PartlyMet => {
                        t.planned += usize::from(score.planned);
                        t.partly_met.push(b)
                    }
                    Status::NotMet => t.not_met.push(b),
                    Status::NotAnswered => t.not_answered.push(b),
                }
            }
            t
        })
        .collect()
}

/// "met by eight of the fifteen respondents" the first time the group is
/// counted, "not met by seven" after, or "met by Hertsmere and North Herts".
fn level(
    lead: &str,
    list: &[&CountyBody],
    total: usize,
    plural: &str,
    counted: &mut bool,
) -> Option<String> {
    let n = list.len();
    if n == 0 {
        return None;
    }
    if n <= NAME_LIMIT && !(n == total && total > 1) {
        return Some(format!("{lead} {}", list_names(&labels(list), "and")));
    }
    let group = if n == total && total == 2 {
        format!("both {plural}")
    } else if n == total {
        format!("all {} {plural}", number_words(total))
    } else if *counted {
        number_words(n)
    } else {
        format!(
            "{} of the {} {plural}",
            number_words(n),
            number_words(total)
        )
    };
    *counted = true;
    Some(format!("{lead} {group}"))
}

fn standard_sentence(title: &str, t: &StandardTally, plural: &str) -> (String, bool) {
    let total = t.total();
    let planned = match t.planned {
        0 => String::new(),
        p if p == t.partly_met.len() => " (on a plan alone)".to_string(),
        p => format!(" ({} of them on a plan alone)", number_words(p)),
    };
    let mut counted = false;
    let levels: Vec<String> = [
        level("met by", &t.met, total, plural, &mut counted),
        level("partly met by", &t.partly_met, total, plural, &mut counted).map(|s| s + &planned),
        level("not met by", &t.not_met, total, plural, &mut counted),
        level(
            "not evidenced for",
            &t.not_answered,
            total,
            plural,
            &mut counted,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let named = [&t.met, &t.partly_met, &t.not_met, &t.not_answered]
        .iter()
        .any(|l| !l.is_empty() && l.len() <= NAME_LIMIT && !(l.len() == total && total > 1));
    let fewer = match t.fewer_questions {
        0 => String::new(),
        n if n == total && total > 1 => format!(
            " For all {} the verdict rests on fewer questions: options it reads were added to the questionnaire after they answered.",
            number_words(n)
        ),
        1 if total == 1 => " The verdict rests on fewer questions: options it reads were added to the questionnaire after it was answered.".to_string(),
        n => format!(
            " For {} of them the verdict rests on fewer questions: options it reads were added to the questionnaire after they answered.",
            number_words(n)
        ),
    };
    (format!("{title}: {}.{fewer}", levels.join("; ")), named)
}

/// One sentence per standard, in the set's order, with the same among the
/// councils where the picture mixes kinds and the first named nobody.
pub fn standard_sentences(
    set: &StandardSet,
    bodies: &[&CountyBody],
    filter: &BodyFilter,
) -> Vec<(StandardId, Vec<String>)> {
    if bodies.is_empty() {
        return Vec::new();
    }
    let plural = filter.plural();
    let councils = councils_too(filter, bodies);
    let council_bodies: Vec<&CountyBody> = councils.iter().flatten().map(|&i| bodies[i]).collect();
    let council_tallies = tally(set, &council_bodies);
    tally(set, bodies)
        .iter()
        .zip(set.standards)
        .enumerate()
        .map(|(i, (t, s))| {
            let (first, named) = standard_sentence(s.title, t, plural);
            let mut list = vec![first];
            if councils.is_some() && !named {
                let (c, _) =
                    standard_sentence("Among the councils", &council_tallies[i], "councils");
                list.push(c);
            }
            (s.id, list)
        })
        .collect()
}
