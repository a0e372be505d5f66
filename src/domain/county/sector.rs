//! The sector's view across the county: each body's responses, its
//! NI7-style figure and where the sector and the body part (from five
//! responses), one county figure over every response counted once, and the
//! Value and Volume survey's voluntary groups in each district council's
//! district, as context and never for scoring.

use super::body::CountyBody;
use super::words::{list_names, number_words};
use crate::domain::case::fold_case;
use crate::domain::sector::{
    Gap, Ni7Figure, SectorQuestions, SectorResponse, SectorSummary, SectorView, MIN_ANSWERS,
};
use crate::domain::standards::StandardSet;
use std::collections::{HashMap, HashSet};

/// The groups of 000's "Countywide Split" (`seeds/districts.json`).
#[derive(Debug, Clone, PartialEq)]
pub struct Districts {
    pub source: &'static str,
    pub districts: &'static [District],
    /// Hertfordshire's own line.
    pub total: District,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct District {
    pub name: &'static str,
    pub groups: u32,
    /// As the slide prints it ("3.35").
    pub per_thousand: &'static str,
}

impl District {
    /// "1,010".
    pub fn groups_in_figures(&self) -> String {
        let digits = self.groups.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
}

impl Districts {
    pub fn bundled() -> &'static Districts {
        &crate::domain::seeds::DISTRICTS
    }

    /// A district council's district, by the words of its name ("Borough
    /// of Broxbourne Council" is in Broxbourne); none for other bodies.
    pub fn of(&self, body: &CountyBody) -> Option<&'static District> {
        if body.kind() != "district" {
            return None;
        }
        let words = |text: &str| -> Vec<String> {
            fold_case(text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect()
        };
        let name = words(&body.label);
        let districts: &'static [District] = self.districts;
        districts.iter().find(|d| {
            let wanted = words(d.name);
            name.windows(wanted.len()).any(|w| w == wanted.as_slice())
        })
    }
}

/// Whether a body asked the sector, and what came back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// No invitation in its assessment.
    NotAsked,
    /// Invited, nothing brought back yet.
    NoneYet,
    /// Under five: the count alone.
    TooFew(usize),
    Figures(usize),
}

/// One body's line.
#[derive(Debug, Clone, PartialEq)]
pub struct BodySector {
    pub label: String,
    pub asked: Asked,
    /// From five answers with a view, unless it would give away another
    /// body's hidden answers.
    pub ni7: Option<Ni7Figure>,
    /// Why a figure that has five answers is not shown: it shares
    /// responses with an earlier body's and differs from it by fewer than
    /// five answers.
    pub held_back: bool,
    /// The standards where the body says met and most of the sector says no.
    pub not_seen_yet: Vec<&'static str>,
    /// The standards where the body says not met and most say yes.
    pub sees_more: Vec<&'static str>,
    pub district: Option<&'static District>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CountySector {
    pub bodies: Vec<BodySector>,
    /// Every response of every body shown, each counted once.
    pub responses: usize,
    /// Bodies with at least one response.
    pub bodies_answered: usize,
    /// Over the responses of the bodies whose own figure is shown, and the
    /// collectors' summaries; from five.
    pub ni7: Option<Ni7Figure>,
    /// A collector's summary holds some counts at an earlier summary's.
    pub holds_back: bool,
    /// Responses left out of the county figure: those of bodies whose own
    /// figure is hidden, brought in or summed.
    pub left_out_of_figure: usize,
}

/// A response, once across the set: its invitation and its id.
type Key = (u32, u64);

/// How many answers with a view to the NI7 question `keys` hold.
fn with_a_view(
    questions: &SectorQuestions,
    all: &HashMap<Key, SectorResponse>,
    keys: &HashSet<Key>,
) -> usize {
    let responses: Vec<&SectorResponse> = keys.iter().filter_map(|k| all.get(k)).collect();
    Ni7Figure::of(questions, &responses).answered
}

impl CountySector {
    /// Each body's line and the county figure. No figure shown differs from
    /// another by the answers of fewer than five organisations, so none can
    /// be worked out by subtraction: a body's figure that would is held
    /// back, and the county figure never takes a hidden body's responses.
    /// Pooled hidden ones could be: the report's filters would show the
    /// pool with and without one body.
    pub fn of(bodies: &[&CountyBody], set: &StandardSet) -> CountySector {
        let questions = SectorQuestions::bundled();
        let districts = Districts::bundled();
        let mut all: HashMap<Key, SectorResponse> = HashMap::new();
        // The response sets of the bodies whose figure is shown.
        let mut shown: Vec<HashSet<Key>> = Vec::new();
        let rows = bodies
            .iter()
            .map(|body| {
                let survey = &body.assessment.sector;
                let responses = survey.decoded();
                let keys: HashSet<Key> =
                    responses.iter().map(|r| (r.invitation_tag, r.id)).collect();
                for r in &responses {
                    all.entry((r.invitation_tag, r.id))
                        .or_insert_with(|| r.clone());
                }
                let view = SectorView::of(questions, &responses, &survey.summaries(), &body.scores);
                let asked = match (view.count, &view.figures) {
                    (0, _) if survey.invitations.is_empty() => Asked::NotAsked,
                    (0, _) => Asked::NoneYet,
                    (n, None) => Asked::TooFew(n),
                    (n, Some(_)) => Asked::Figures(n),
                };
                let own = view.figures.as_ref().and_then(|f| f.ni7);
                // Against every shown body it shares responses with, the
                // answers in one and not the other are none or five.
                let held_back = own.is_some()
                    && shown.iter().any(|earlier| {
                        !earlier.is_disjoint(&keys)
                            && [
                                keys.difference(earlier).copied().collect::<HashSet<_>>(),
                                earlier.difference(&keys).copied().collect(),
                            ]
                            .iter()
                            .any(|d| (1..MIN_ANSWERS).contains(&with_a_view(questions, &all, d)))
                    });
                let ni7 = own.filter(|_| !held_back);
                if ni7.is_some() {
                    shown.push(keys);
                }
                let title = |i: &usize| {
                    questions
                        .items
                        .get(*i)
                        .and_then(|item| set.standard(item.standard))
                        .map(|s| s.short_title)
                };
                let gaps = view.figures.as_ref().map_or(&[][..], |f| &f.gaps[..]);
                BodySector {
                    label: body.label.clone(),
                    asked,
                    ni7,
                    held_back,
                    not_seen_yet: gaps
                        .iter()
                        .filter_map(|g| match g {
                            Gap::NotSeenYet(i) => title(i),
                            Gap::SeesMore(_) => None,
                        })
                        .collect(),
                    sees_more: gaps
                        .iter()
                        .filter_map(|g| match g {
                            Gap::SeesMore(i) => title(i),
                            Gap::NotSeenYet(_) => None,
                        })
                        .collect(),
                    district: districts.of(body),
                }
            })
            .collect::<Vec<_>>();
        let in_shown: HashSet<Key> = shown.into_iter().flatten().collect();
        let hidden: HashSet<Key> = all
            .keys()
            .filter(|k| !in_shown.contains(k))
            .copied()
            .collect();
        let counted: Vec<&SectorResponse> = all
            .iter()
            .filter(|(k, _)| in_shown.contains(k))
            .map(|(_, r)| r)
            .collect();
        // Collectors' summaries, each once: their figures are from five
        // answers already, so adding them opens nothing.
        let mut summaries: HashMap<String, SectorSummary> = HashMap::new();
        for body in bodies {
            for s in body.assessment.sector.summaries() {
                summaries.insert(s.invitation.clone(), s);
            }
        }
        let collected: Ni7Figure = summaries
            .values()
            .filter_map(|s| s.counts.ni7)
            .fold(Ni7Figure::default(), Ni7Figure::plus);
        CountySector {
            bodies_answered: rows
                .iter()
                .filter(|r| matches!(r.asked, Asked::TooFew(_) | Asked::Figures(_)))
                .count(),
            bodies: rows,
            responses: all.len() + summaries.values().map(|s| s.responses).sum::<usize>(),
            ni7: Ni7Figure::of(questions, &counted).plus(collected).shown(),
            holds_back: summaries.values().any(SectorSummary::holds_back),
            // A summary whose figure is held back adds none of its answers.
            left_out_of_figure: hidden.len()
                + summaries
                    .values()
                    .filter(|s| s.counts.ni7.is_none())
                    .map(|s| s.responses)
                    .sum::<usize>(),
        }
    }
}

/// More than this many bodies left out of the table are counted, not named
/// (the standards matrix names every body).
const NAMED: usize = 10;

impl CountySector {
    /// The bodies the table shows: those that asked the sector, and the
    /// district councils, whose district's groups are context either way.
    /// A row of dashes for every other body would fill pages of a board
    /// report with nothing.
    pub fn in_table(&self) -> impl Iterator<Item = &BodySector> {
        self.bodies
            .iter()
            .filter(|b| b.asked != Asked::NotAsked || b.district.is_some())
    }

    /// The bodies left out of the table, in a sentence; none when none is.
    pub fn left_out(&self) -> Option<String> {
        let names: Vec<&str> = self
            .bodies
            .iter()
            .filter(|b| b.asked == Asked::NotAsked && b.district.is_none())
            .map(|b| b.label.as_str())
            .collect();
        let table = self.in_table().next().is_some();
        match names.len() {
            0 => None,
            // No table to be left out of.
            1 if !table => Some(format!(
                "{} has brought back no responses to this tool's sector questions, and is not a district council.",
                names[0]
            )),
            n if !table => Some(format!(
                "None of the {} bodies has brought back responses to this tool's sector questions, and none is a district council.",
                number_words(n)
            )),
            1 => Some(format!(
                "{} has brought back no responses to this tool's sector questions, and is not a district council, so it is not in the table.",
                names[0]
            )),
            n if n <= NAMED => Some(format!(
                "Not in the table: {}, which have brought back no responses to this tool's sector questions and are not district councils.",
                list_names(&names, "and")
            )),
            n => Some(format!(
                "Not in the table: {} bodies, which have brought back no responses to this tool's sector questions and are not district councils (each is named in the standards matrix).",
                number_words(n)
            )),
        }
    }
}
