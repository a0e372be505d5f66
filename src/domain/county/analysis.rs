//! The Analysis, regenerated: sentences in the manner of the report's
//! ("All except two of the respondents provide grants..."), with counts in
//! words and the bodies named when they are few.

use super::body::CountyBody;
use super::filter::BodyFilter;
use super::findings::Findings;
use super::matrix::PartMatrix;
use super::words::{capitalise, list_names, number_words};
use crate::domain::ids::StandardId;
use crate::domain::scoring::Status;
use crate::domain::standards::StandardSet;

/// Bodies are named when this many or fewer: more would be a list, not a sentence.
pub const NAME_LIMIT: usize = 5;

fn labels<'a>(bodies: &[&'a CountyBody]) -> Vec<&'a str> {
    bodies.iter().map(|b| b.label.as_str()).collect()
}

/// The group spoken of: "the fifteen respondents", "the eleven councils".
struct Group {
    total: usize,
    plural: &'static str,
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
        (_, 0) if t == 1 => (format!("{} reports {finding}.", holders[0].label), true),
        (0, _) if t == 1 => (
            format!("{} does not report {finding}.", others[0].label),
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
        (1, _) => (
            format!("Only {} reports {finding}.", holders[0].label),
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

/// Sentences for one question part: one per option chosen by anyone, then
/// one for the options nobody chose.
pub fn part_sentences(
    matrix: &PartMatrix,
    bodies: &[&CountyBody],
    filter: &BodyFilter,
) -> Vec<String> {
    let plural = filter.plural();
    let group = Group {
        total: bodies.len(),
        plural,
    };
    if bodies.is_empty() {
        return Vec::new();
    }
    let councils = councils_too(filter, bodies);
    let findings = Findings::bundled();
    let mut out = Vec::new();
    let mut nobody = Vec::new();
    for (r, row) in matrix.rows.iter().enumerate() {
        let finding = findings.of(matrix.part.id, row.option);
        if row.count == 0 {
            // That nobody chose "No" or "No plans" is no finding.
            let negative = row.option.exclusive || matches!(row.option.id, "no" | "no_plans");
            if !negative {
                nobody.push(finding);
            }
            continue;
        }
        let holders = matrix.holders(r, bodies);
        let others: Vec<&CountyBody> = bodies
            .iter()
            .zip(&row.marks)
            .filter(|(_, m)| !**m)
            .map(|(b, _)| *b)
            .collect();
        let (sentence, named) = finding_sentence(&group, &holders, &others, finding);
        out.push(sentence);
        if let (Some(councils), false) = (&councils, named) {
            let cg = Group {
                total: councils.len(),
                plural: "councils",
            };
            out.push(
                finding_sentence(&cg, &councils_of(&holders), &councils_of(&others), finding).0,
            );
        }
    }
    if !nobody.is_empty() {
        let tw = number_words(bodies.len());
        let subject = match bodies.len() {
            1 => format!("{} does not report", bodies[0].label),
            2 => format!("Neither of the two {plural} reports"),
            _ => format!("None of the {tw} {plural} report"),
        };
        out.push(format!("{subject} {}.", list_names(&nobody, "or")));
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
            };
            for b in bodies {
                // Scores are in the set's order: made by `score_all`.
                let score = &b.scores[i];
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
    (format!("{title}: {}.", levels.join("; ")), named)
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
