//! County next steps: the standards most bodies fall short on, the key
//! driver first, each with the steps that apply and the bodies they concern.

use super::analysis::{tally, StandardTally};
use super::body::CountyBody;
use super::words::of_the;
use crate::domain::order;
use crate::domain::standards::{NextStep, Standard, StandardSet};

/// Bodies that share the same next steps on one standard.
#[derive(Debug, Clone, PartialEq)]
pub struct StepGroup<'a> {
    /// "Not met", "Partly met": why these steps.
    pub heading: &'static str,
    pub bodies: Vec<&'a CountyBody>,
    pub steps: &'a [NextStep],
}

#[derive(Debug, Clone, PartialEq)]
pub struct CountyStep<'a> {
    pub standard: &'a Standard,
    pub falling_short: usize,
    pub total: usize,
    pub groups: Vec<StepGroup<'a>>,
}

impl CountyStep<'_> {
    /// "Short of the minimum for eight of the 15 bodies."
    pub fn lead(&self) -> String {
        format!(
            "Short of the minimum for {}.",
            of_the(self.falling_short, self.total, "body", "bodies")
        )
    }
}

/// Standards where any body falls short, key driver first, then most
/// bodies short first, then in the set's order.
pub fn county_next_steps<'a>(
    set: &'a StandardSet,
    bodies: &[&'a CountyBody],
) -> Vec<CountyStep<'a>> {
    let tallies: Vec<StandardTally<'a>> = tally(set, bodies);
    let mut steps: Vec<(usize, CountyStep<'a>)> = tallies
        .into_iter()
        .enumerate()
        .filter(|(_, t)| t.falling_short() > 0)
        .map(|(i, t)| {
            let standard = &set.standards[i];
            // A body partly met on a plan alone takes the not-met steps, as
            // on its own results page: `next_steps` decides for each.
            let mut not_met: Vec<&CountyBody> = t.not_met.clone();
            let mut partly: Vec<&CountyBody> = Vec::new();
            for b in &t.partly_met {
                if b.scores[i].takes_not_met_steps(standard) {
                    not_met.push(b);
                } else {
                    partly.push(b);
                }
            }
            let groups = [
                (
                    "Not met, or partly met on a plan alone",
                    not_met,
                    standard.next_steps.not_met,
                ),
                ("Partly met", partly, standard.next_steps.partly_met),
            ]
            .into_iter()
            .filter(|(_, bodies, _)| !bodies.is_empty())
            .map(|(heading, bodies, steps)| StepGroup {
                heading,
                bodies,
                steps,
            })
            .collect();
            (
                i,
                CountyStep {
                    standard,
                    falling_short: t.falling_short(),
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
