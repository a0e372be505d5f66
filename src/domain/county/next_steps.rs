//! County next steps: the standards most bodies fall short on, the key
//! driver first, each with the steps that apply and the bodies they concern.

use super::analysis::NAME_LIMIT;
use super::analysis::{tally, StandardTally};
use super::body::CountyBody;
use super::words::{capitalise, counted, list_names, number_words, of_the};
use crate::domain::order;
use crate::domain::standards::{NextStep, Standard, StandardSet};

/// Bodies that share the same next steps on one standard, by why: each
/// list sorted by name and said under its own label.
#[derive(Debug, Clone, PartialEq)]
pub struct StepGroup<'a> {
    /// "Where nothing is in place yet": why these steps.
    pub heading: &'static str,
    /// ("not met", bodies), ("partly met on a plan alone", bodies)...
    pub named: Vec<(&'static str, Vec<&'a CountyBody>)>,
    pub steps: &'a [NextStep],
}

impl StepGroup<'_> {
    /// Every body of the group, whatever its label.
    pub fn bodies(&self) -> impl Iterator<Item = &CountyBody> {
        self.named.iter().flat_map(|(_, b)| b.iter().copied())
    }

    /// "Not met: Dacorum and Watford. Partly met on a plan alone: Police."
    /// Past `NAME_LIMIT` in a list, a count with where to find the names, by
    /// the same rule as the Analysis.
    pub fn who(&self) -> String {
        self.named
            .iter()
            .map(|(label, bodies)| {
                let list = if bodies.len() <= NAME_LIMIT {
                    let names: Vec<&str> = bodies.iter().map(|b| b.label.as_str()).collect();
                    list_names(&names, "and")
                } else {
                    format!(
                        "{} (named in the standards matrix)",
                        counted(bodies.len(), "body", "bodies")
                    )
                };
                format!("{}: {list}.", capitalise(label))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CountyStep<'a> {
    pub standard: &'a Standard,
    /// Partly met or not met.
    pub falling_short: usize,
    /// Not yet answered: no evidence given either way.
    pub no_evidence: usize,
    pub total: usize,
    pub groups: Vec<StepGroup<'a>>,
}

impl CountyStep<'_> {
    /// "Short of the minimum for eight of the 15 bodies; no evidence given
    /// for two."
    pub fn lead(&self) -> String {
        let short = match self.falling_short {
            0 => "No body in the picture is known to fall short".to_string(),
            n => format!(
                "Short of the minimum for {}",
                of_the(n, self.total, "body", "bodies")
            ),
        };
        match self.no_evidence {
            0 => format!("{short}."),
            n if n == self.total => {
                format!(
                    "No evidence given for {}.",
                    of_the(n, self.total, "body", "bodies")
                )
            }
            n => format!("{short}; no evidence given for {}.", number_words(n)),
        }
    }
}

/// Sorted by name, as every list of bodies here is.
fn by_name(mut bodies: Vec<&CountyBody>) -> Vec<&CountyBody> {
    order::sort_by_key(&mut bodies, |b| b.label.to_lowercase());
    bodies
}

/// Standards where any body falls short or gave no evidence, key driver
/// first, then most bodies short first, then in the set's order. A body
/// with no evidence takes the not met steps: nothing is known to be in place.
pub fn county_next_steps<'a>(
    set: &'a StandardSet,
    bodies: &[&'a CountyBody],
) -> Vec<CountyStep<'a>> {
    let tallies: Vec<StandardTally<'a>> = tally(set, bodies);
    let mut steps: Vec<(usize, CountyStep<'a>)> = tallies
        .into_iter()
        .enumerate()
        .filter(|(_, t)| t.falling_short() > 0 || !t.not_answered.is_empty())
        .map(|(i, t)| {
            let standard = &set.standards[i];
            // A body partly met on a plan alone takes the not-met steps, as
            // on its own results page: `next_steps` decides for each.
            let (on_plan, partly): (Vec<&CountyBody>, Vec<&CountyBody>) = t
                .partly_met
                .iter()
                .partition(|b| b.scores[i].takes_not_met_steps(standard));
            let starting = [
                ("not met", t.not_met.clone()),
                ("partly met on a plan alone", on_plan),
                ("no evidence given", t.not_answered.clone()),
            ];
            let groups = [
                (
                    "Where nothing is in place yet",
                    starting.to_vec(),
                    standard.next_steps.not_met,
                ),
                (
                    "Where it is partly met",
                    vec![("partly met", partly)],
                    standard.next_steps.partly_met,
                ),
            ]
            .into_iter()
            .map(|(heading, named, steps)| StepGroup {
                heading,
                named: named
                    .into_iter()
                    .filter(|(_, b)| !b.is_empty())
                    .map(|(label, b)| (label, by_name(b)))
                    .collect(),
                steps,
            })
            .filter(|g| !g.named.is_empty())
            .collect();
            (
                i,
                CountyStep {
                    standard,
                    falling_short: t.falling_short(),
                    no_evidence: t.not_answered.len(),
                    total: t.total(),
                    groups,
                },
            )
        })
        .collect();
    order::sort_by_key(&mut steps, |(i, s)| {
        (
            !s.standard.key_driver,
            std::cmp::Reverse(s.falling_short),
            *i,
        )
    });
    steps.into_iter().map(|(_, s)| s).collect()
}
