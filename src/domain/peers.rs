//! The fifteen Hertfordshire respondents of 2010, as answers in the app's own
//! format, from `seeds/peers.json` (constants made at build time by
//! `tools/seeds.rs`), and scored like any assessment.

use super::answers::Answers;
use super::ids::StandardId;
use super::questionnaire::{is_council, Questionnaire};
use super::scoring::{score_all, StandardScore, Status};
use super::standards::StandardSet;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq)]
pub struct PeerSet {
    pub title: &'static str,
    pub source: &'static str,
    pub notes: &'static [&'static str],
    pub peers: Vec<Peer>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Peer {
    pub id: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    /// A `body_kinds` id.
    pub kind: &'static str,
    pub answers: Answers,
    /// Where the encoding had to read between the lines of the report.
    pub notes: &'static [&'static str],
}

/// The seed file as constants; answers become `Answers` on first use.
pub(crate) struct PeerSeeds {
    pub title: &'static str,
    pub source: &'static str,
    pub notes: &'static [&'static str],
    pub peers: &'static [PeerSeed],
}

pub(crate) struct PeerSeed {
    pub id: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    pub kind: &'static str,
    /// Part id to the option ids chosen.
    pub choices: &'static [(&'static str, &'static [&'static str])],
    /// Field id to its text.
    pub texts: &'static [(&'static str, &'static str)],
    pub notes: &'static [&'static str],
}

impl PeerSeed {
    fn peer(&self) -> Peer {
        let own = |s: &&str| s.to_string();
        Peer {
            id: self.id,
            name: self.name,
            short_name: self.short_name,
            kind: self.kind,
            answers: Answers {
                choices: self
                    .choices
                    .iter()
                    .map(|(p, os)| (own(p), os.iter().map(own).collect()))
                    .collect(),
                texts: self.texts.iter().map(|(f, t)| (own(f), own(t))).collect(),
            },
            notes: self.notes,
        }
    }
}

impl Peer {
    /// District and county councils, as the report counts "Local Authorities".
    pub fn is_council(&self) -> bool {
        is_council(self.kind)
    }
}

/// How many peers reached each status on one standard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PeerTally {
    pub met: usize,
    pub partly_met: usize,
    pub not_met: usize,
    pub not_answered: usize,
}

impl PeerTally {
    pub fn total(&self) -> usize {
        self.met + self.partly_met + self.not_met + self.not_answered
    }
}

impl PeerSet {
    /// The peers shipped in `seeds/peers.json`, made into answers once.
    pub fn bundled() -> &'static PeerSet {
        static CELL: OnceLock<PeerSet> = OnceLock::new();
        CELL.get_or_init(|| {
            let seeds = &super::seeds::PEERS;
            PeerSet {
                title: seeds.title,
                source: seeds.source,
                notes: seeds.notes,
                peers: seeds.peers.iter().map(PeerSeed::peer).collect(),
            }
        })
    }

    pub fn peer(&self, id: &str) -> Option<&Peer> {
        self.peers.iter().find(|p| p.id == id)
    }

    pub fn problems(&self, q: &Questionnaire) -> Vec<String> {
        let mut problems = Vec::new();
        let mut ids = HashSet::new();
        for p in &self.peers {
            if !ids.insert(p.id) {
                problems.push(format!("peer {} is repeated", p.id));
            }
            if q.body_kind_label(p.kind).is_none() {
                problems.push(format!("peer {} has unknown kind {}", p.id, p.kind));
            }
            for unknown in p.answers.unknown_ids(q) {
                problems.push(format!("peer {} answers unknown {unknown}", p.id));
            }
            for part in p.answers.choices.keys() {
                // An unknown part is reported by `unknown_ids` above.
                let Some((_, part_def)) = q.part(part) else {
                    continue;
                };
                let chosen: Vec<_> = p.answers.selected(part).collect();
                let exclusive = chosen
                    .iter()
                    .any(|o| part_def.option(o).is_some_and(|o| o.exclusive));
                if (!part_def.multiple || exclusive) && chosen.len() > 1 {
                    problems.push(format!("peer {} has clashing choices in {part}", p.id));
                }
            }
        }
        problems
    }

    /// Every peer's scores, in peer order.
    pub fn scores(&self, set: &StandardSet, q: &Questionnaire) -> Vec<(&Peer, Vec<StandardScore>)> {
        self.peers
            .iter()
            .map(|p| (p, score_all(set, q, &p.answers)))
            .collect()
    }

    /// For each standard, how the peers fared.
    pub fn tallies(&self, set: &StandardSet, q: &Questionnaire) -> BTreeMap<StandardId, PeerTally> {
        let mut tallies = BTreeMap::new();
        for (_, scores) in self.scores(set, q) {
            for score in &scores {
                let tally: &mut PeerTally = tallies.entry(score.standard_id).or_default();
                match score.status {
                    Status::Met => tally.met += 1,
                    Status::PartlyMet => tally.partly_met += 1,
                    Status::NotMet => tally.not_met += 1,
                    Status::NotAnswered => tally.not_answered += 1,
                }
            }
        }
        tallies
    }

    /// The tallies for the bundled data, computed once.
    pub fn bundled_tallies() -> &'static BTreeMap<StandardId, PeerTally> {
        static CELL: OnceLock<BTreeMap<StandardId, PeerTally>> = OnceLock::new();
        CELL.get_or_init(|| {
            Self::bundled().tallies(StandardSet::bundled(), Questionnaire::bundled())
        })
    }
}
