//! The set of assessments a facilitator has brought together: read from
//! files, this browser or the 2010 survey, each body shown once, with every
//! failure and duplicate named.

use super::body::{BodyKey, CountyBody, Source};
use super::filter::BodyFilter;
use crate::domain::assessment::Assessment;
use crate::domain::peers::PeerSet;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::{decode_import, LoadError};
use crate::domain::standards::StandardSet;
use std::collections::HashMap;

/// Why an assessment was not added beside one already in the set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clash {
    /// The same assessment, perhaps another copy of the file.
    SameId,
    /// Another assessment of the same body on the same date.
    SameNameAndDate,
}

impl Clash {
    pub fn label(self) -> &'static str {
        match self {
            Clash::SameId => "the same assessment",
            Clash::SameNameAndDate => "the same body and date",
        }
    }
}

/// A duplicate kept out of the picture until the facilitator chooses it.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    pub body: CountyBody,
    pub clash: Clash,
    /// The assessment id of the body it clashes with.
    pub with_id: String,
}

/// What became of one file.
#[derive(Debug, Clone, PartialEq)]
pub enum FileOutcome {
    /// Bodies added, and duplicates set aside.
    Read {
        added: usize,
        set_aside: usize,
    },
    Failed(LoadError),
}

/// What one batch of files did, file by file, in the order given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Intake {
    pub files: Vec<(String, FileOutcome)>,
}

impl Intake {
    pub fn added(&self) -> usize {
        self.count(|o| match o {
            FileOutcome::Read { added, .. } => *added,
            FileOutcome::Failed(_) => 0,
        })
    }

    pub fn set_aside(&self) -> usize {
        self.count(|o| match o {
            FileOutcome::Read { set_aside, .. } => *set_aside,
            FileOutcome::Failed(_) => 0,
        })
    }

    pub fn failures(&self) -> impl Iterator<Item = (&str, &LoadError)> {
        self.files.iter().filter_map(|(name, o)| match o {
            FileOutcome::Failed(e) => Some((name.as_str(), e)),
            FileOutcome::Read { .. } => None,
        })
    }

    fn count(&self, f: impl Fn(&FileOutcome) -> usize) -> usize {
        self.files.iter().map(|(_, o)| f(o)).sum()
    }

    /// One line for the facilitator: "Read 15 files: 14 bodies added, ...".
    pub fn summary(&self) -> String {
        let files = self.files.len();
        let failed = self.failures().count();
        let mut parts = vec![format!(
            "{} {} added",
            self.added(),
            if self.added() == 1 {
                "assessment"
            } else {
                "assessments"
            }
        )];
        if self.set_aside() > 0 {
            parts.push(format!("{} duplicate set aside", self.set_aside()));
        }
        if failed > 0 {
            parts.push(format!(
                "{failed} {} could not be read",
                if failed == 1 { "file" } else { "files" }
            ));
        }
        format!(
            "Read {files} {}: {}.",
            if files == 1 { "file" } else { "files" },
            parts.join(", ")
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CountySet {
    /// In the order added; several rounds of a body are all here.
    bodies: Vec<CountyBody>,
    set_aside: Vec<SetAside>,
    /// Assessment id to index in `bodies`.
    by_id: HashMap<String, usize>,
    /// Body and date to index in `bodies`.
    by_round: HashMap<(BodyKey, String), usize>,
}

impl CountySet {
    pub fn bodies(&self) -> &[CountyBody] {
        &self.bodies
    }

    pub fn set_aside(&self) -> &[SetAside] {
        &self.set_aside
    }

    pub fn is_empty(&self) -> bool {
        self.bodies.is_empty()
    }

    pub fn contains(&self, assessment_id: &str) -> bool {
        self.by_id.contains_key(assessment_id)
    }

    fn clash(&self, body: &CountyBody) -> Option<(Clash, usize)> {
        if let Some(&i) = self.by_id.get(&body.assessment.id) {
            return Some((Clash::SameId, i));
        }
        let round = (body.key.clone(), body.date().to_string());
        self.by_round
            .get(&round)
            .map(|&i| (Clash::SameNameAndDate, i))
    }

    fn index(&mut self, i: usize) {
        let b = &self.bodies[i];
        self.by_id.insert(b.assessment.id.clone(), i);
        self.by_round
            .insert((b.key.clone(), b.date().to_string()), i);
    }

    /// Adds a body, or sets it aside when the set already has it; true if added.
    pub fn add(&mut self, body: CountyBody) -> bool {
        match self.clash(&body) {
            Some((clash, i)) => {
                let with_id = self.bodies[i].assessment.id.clone();
                self.set_aside.push(SetAside {
                    body,
                    clash,
                    with_id,
                });
                false
            }
            None => {
                self.bodies.push(body);
                self.index(self.bodies.len() - 1);
                true
            }
        }
    }

    /// Reads files as imports are read (validated, collections unpacked,
    /// older versions migrated), each named in the outcome.
    pub fn add_files(
        &mut self,
        files: &[(String, String)],
        q: &Questionnaire,
        set: &StandardSet,
        mut fresh_id: impl FnMut() -> String,
    ) -> Intake {
        let mut intake = Intake::default();
        for (name, text) in files {
            let outcome = match decode_import(text, q, &mut fresh_id) {
                Err(e) => FileOutcome::Failed(e),
                Ok(list) => {
                    let source = Source::File(name.clone());
                    let (mut added, mut set_aside) = (0, 0);
                    for a in list {
                        if self.add(CountyBody::new(a, source.clone(), q, set)) {
                            added += 1;
                        } else {
                            set_aside += 1;
                        }
                    }
                    FileOutcome::Read { added, set_aside }
                }
            };
            intake.files.push((name.clone(), outcome));
        }
        intake
    }

    /// Adds assessments held in this browser or kept from before.
    pub fn add_assessments(
        &mut self,
        list: Vec<Assessment>,
        source: Source,
        q: &Questionnaire,
        set: &StandardSet,
    ) -> (usize, usize) {
        let mut added = 0;
        let total = list.len();
        for a in list {
            added += usize::from(self.add(CountyBody::new(a, source.clone(), q, set)));
        }
        (added, total - added)
    }

    /// The fifteen Hertfordshire respondents of 2010, in Appendix 1's order.
    pub fn add_survey_2010(&mut self, q: &Questionnaire, set: &StandardSet) -> (usize, usize) {
        let mut added = 0;
        let peers = &PeerSet::bundled().peers;
        for p in peers {
            added += usize::from(self.add(CountyBody::from_peer(p, q, set)));
        }
        (added, peers.len() - added)
    }

    /// Puts a set-aside duplicate in the place of the body it clashed with,
    /// setting that one aside instead: nothing is dropped.
    pub fn choose_set_aside(&mut self, i: usize) {
        if i >= self.set_aside.len() {
            return;
        }
        let aside = self.set_aside.remove(i);
        let Some(&at) = self.by_id.get(&aside.with_id) else {
            self.add(aside.body);
            return;
        };
        let old = std::mem::replace(&mut self.bodies[at], aside.body);
        self.reindex();
        self.set_aside.push(SetAside {
            with_id: self.bodies[at].assessment.id.clone(),
            body: old,
            clash: aside.clash,
        });
    }

    /// Drops a set-aside duplicate: the body it clashed with stays.
    pub fn dismiss_set_aside(&mut self, i: usize) {
        if i < self.set_aside.len() {
            self.set_aside.remove(i);
        }
    }

    /// Takes one assessment out of the picture.
    pub fn remove(&mut self, assessment_id: &str) {
        self.bodies.retain(|b| b.assessment.id != assessment_id);
        self.reindex();
    }

    pub fn clear(&mut self) {
        *self = CountySet::default();
    }

    fn reindex(&mut self) {
        self.by_id.clear();
        self.by_round.clear();
        for i in 0..self.bodies.len() {
            self.index(i);
        }
    }

    /// The latest round of each body the filter admits, in the order the
    /// bodies first came in: what the matrices, sentences and chart show.
    pub fn current(&self, filter: &BodyFilter) -> Vec<&CountyBody> {
        let mut latest: HashMap<&BodyKey, usize> = HashMap::new();
        let mut order = Vec::new();
        for (i, b) in self.bodies.iter().enumerate() {
            if !filter.admits(b.kind()) {
                continue;
            }
            match latest.get_mut(&b.key) {
                Some(j) => {
                    if b.round_order() > self.bodies[*j].round_order() {
                        *j = i;
                    }
                }
                None => {
                    latest.insert(&b.key, i);
                    order.push(&b.key);
                }
            }
        }
        order.iter().map(|k| &self.bodies[latest[k]]).collect()
    }

    /// Every round of each body the filter admits, oldest first, for bodies
    /// assessed more than once.
    pub fn rounds(&self, filter: &BodyFilter) -> Vec<Vec<&CountyBody>> {
        let mut by_key: HashMap<&BodyKey, Vec<&CountyBody>> = HashMap::new();
        let mut order = Vec::new();
        for b in self.bodies.iter().filter(|b| filter.admits(b.kind())) {
            by_key
                .entry(&b.key)
                .or_insert_with(|| {
                    order.push(&b.key);
                    Vec::new()
                })
                .push(b);
        }
        order
            .into_iter()
            .filter_map(|k| {
                let mut list = by_key.remove(k)?;
                list.sort_by(|a, b| a.round_order().cmp(&b.round_order()));
                (list.len() > 1).then_some(list)
            })
            .collect()
    }

    /// The kinds of body in the set, for the filter.
    pub fn kinds(&self) -> Vec<&str> {
        let mut kinds: Vec<&str> = self.bodies.iter().map(CountyBody::kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        kinds
    }
}
