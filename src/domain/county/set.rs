//! The set of assessments a facilitator has brought together: read from
//! files, this browser or the 2010 survey, each body shown once, with every
//! failure and duplicate named.

use super::body::{BodyKey, CountyBody, Source};
use super::filter::BodyFilter;
use super::words::counted;
use crate::domain::assessment::Assessment;
use crate::domain::order;
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
    /// The browser could not read the file at all.
    Unreadable(String),
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
            _ => 0,
        })
    }

    pub fn set_aside(&self) -> usize {
        self.count(|o| match o {
            FileOutcome::Read { set_aside, .. } => *set_aside,
            _ => 0,
        })
    }

    /// Each file that added nothing, with why.
    pub fn failures(&self) -> impl Iterator<Item = (&str, String)> {
        self.files.iter().filter_map(|(name, o)| match o {
            FileOutcome::Failed(e) => Some((name.as_str(), e.to_string())),
            FileOutcome::Unreadable(e) => Some((name.as_str(), e.clone())),
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
        let mut parts = vec![counted(self.added(), "assessment", "assessments") + " added"];
        if self.set_aside() > 0 {
            parts.push(counted(self.set_aside(), "duplicate", "duplicates") + " set aside");
        }
        if failed > 0 {
            parts.push(counted(failed, "file", "files") + " could not be read");
        }
        format!(
            "Read {}: {}.",
            counted(files, "file", "files"),
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
        files: &[(String, Result<String, String>)],
        q: &Questionnaire,
        set: &StandardSet,
        mut fresh_id: impl FnMut() -> String,
    ) -> Intake {
        let mut intake = Intake::default();
        for (name, text) in files {
            let text = match text {
                Ok(text) => text,
                Err(e) => {
                    intake
                        .files
                        .push((name.clone(), FileOutcome::Unreadable(e.clone())));
                    continue;
                }
            };
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
    /// setting that one aside instead: nothing is dropped. Refused (false)
    /// if the copy would clash with yet another body in the set.
    pub fn choose_set_aside(&mut self, i: usize) -> bool {
        let Some(aside) = self.set_aside.get(i) else {
            return false;
        };
        let Some(&at) = self.by_id.get(&aside.with_id) else {
            return false;
        };
        let round = (aside.body.key.clone(), aside.body.date().to_string());
        let elsewhere = |j: Option<&usize>| j.is_some_and(|&j| j != at);
        if elsewhere(self.by_id.get(&aside.body.assessment.id))
            || elsewhere(self.by_round.get(&round))
        {
            return false;
        }
        let aside = self.set_aside.remove(i);
        let old = std::mem::replace(&mut self.bodies[at], aside.body);
        let new_id = self.bodies[at].assessment.id.clone();
        // Other copies of the same body now stand beside the new one.
        for other in &mut self.set_aside {
            if other.with_id == old.assessment.id {
                other.with_id = new_id.clone();
            }
        }
        self.set_aside.push(SetAside {
            with_id: new_id,
            body: old,
            clash: aside.clash,
        });
        self.reindex();
        true
    }

    /// Drops a set-aside duplicate: the body it clashed with stays.
    pub fn dismiss_set_aside(&mut self, i: usize) {
        if i < self.set_aside.len() {
            self.set_aside.remove(i);
        }
    }

    /// Takes one assessment out of the picture, with the copies of it that
    /// were set aside: they are copies of what was taken out.
    pub fn remove(&mut self, assessment_id: &str) {
        self.bodies.retain(|b| b.assessment.id != assessment_id);
        self.set_aside.retain(|s| s.with_id != assessment_id);
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

    /// Every body's assessments as indices into `bodies`, oldest round
    /// first, in the order the bodies first came in.
    fn by_body(&self) -> Vec<Vec<usize>> {
        let mut at: HashMap<&BodyKey, usize> = HashMap::new();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, b) in self.bodies.iter().enumerate() {
            match at.get(&b.key) {
                Some(&g) => groups[g].push(i),
                None => {
                    at.insert(&b.key, groups.len());
                    groups.push(vec![i]);
                }
            }
        }
        for g in &mut groups {
            order::sort_by(g, |&a, &b| {
                self.bodies[a]
                    .round_order()
                    .cmp(&self.bodies[b].round_order())
            });
        }
        groups
    }

    /// Indices of the latest round of each body whose latest round the
    /// filter admits: worked out once per change, then read by `at`.
    pub fn current_indices(&self, filter: &BodyFilter) -> Vec<usize> {
        self.by_body()
            .into_iter()
            .filter_map(|g| g.last().copied())
            .filter(|&i| filter.admits(self.bodies[i].kind()))
            .collect()
    }

    /// The bodies at these indices, as `current_indices` gave them.
    pub fn at(&self, indices: &[usize]) -> Vec<&CountyBody> {
        indices.iter().filter_map(|&i| self.bodies.get(i)).collect()
    }

    /// What the matrices, sentences and charts show: the latest round of
    /// each body the filter admits.
    pub fn current(&self, filter: &BodyFilter) -> Vec<&CountyBody> {
        self.at(&self.current_indices(filter))
    }

    /// Every round of each body assessed more than once, oldest first, for
    /// the bodies `current` shows.
    pub fn rounds(&self, filter: &BodyFilter) -> Vec<Vec<&CountyBody>> {
        self.by_body()
            .into_iter()
            .filter(|g| {
                g.len() > 1
                    && g.last()
                        .is_some_and(|&i| filter.admits(self.bodies[i].kind()))
            })
            .map(|g| self.at(&g))
            .collect()
    }

    /// The kinds of body in the set, for the filter.
    pub fn kinds(&self) -> Vec<&str> {
        let mut kinds: Vec<&str> = self.bodies.iter().map(CountyBody::kind).collect();
        order::sort_by_key(&mut kinds, |&k| k);
        kinds.dedup();
        kinds
    }
}
