//! The set of assessments a facilitator has brought together: read from
//! files, this browser or the 2010 survey, each body shown once, with every
//! failure and duplicate named.

use super::body::{BodyKey, CountyBody, Source};
use super::filter::BodyFilter;
use super::report_text::ReportText;
use super::words::counted;
use crate::domain::assessment::Assessment;
use crate::domain::order;
use crate::domain::peers::PeerSet;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::{decode_collection, LoadError};
use crate::domain::standards::StandardSet;
use std::collections::HashMap;

/// How a copy set aside stands to the one in the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clash {
    /// An earlier revision of the same assessment: the later one is shown.
    EarlierRevision,
    /// A later revision than the one shown, which the facilitator chose.
    LaterRevision,
    /// The same assessment at the same revision, with different contents.
    SameRevision,
    /// Another assessment of the same body on the same date.
    SameNameAndDate,
}

impl Clash {
    /// How `aside` stands to `shown`, which it clashes with.
    fn between(aside: &Assessment, shown: &Assessment) -> Clash {
        if aside.id != shown.id {
            return Clash::SameNameAndDate;
        }
        match aside.revision_order().cmp(&shown.revision_order()) {
            std::cmp::Ordering::Less => Clash::EarlierRevision,
            std::cmp::Ordering::Greater => Clash::LaterRevision,
            std::cmp::Ordering::Equal => Clash::SameRevision,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Clash::EarlierRevision => "an earlier revision of the assessment",
            Clash::LaterRevision => "a later revision of the assessment",
            Clash::SameRevision => "a different copy, at the same revision, of the assessment",
            Clash::SameNameAndDate => "another assessment of the same body and date as the one",
        }
    }
}

/// What became of one assessment offered to the set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// New to the picture.
    New,
    /// A later revision: it took the place of the copy in the picture,
    /// which is set aside where it can be chosen back.
    Replaced,
    /// Set aside: an earlier revision, or a clash to choose between.
    SetAside,
    /// The very same as the copy in the picture: ignored.
    Identical,
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
    /// What became of the assessments in the file.
    Read(Tally),
    Failed(LoadError),
    /// The browser could not read the file at all.
    Unreadable(String),
}

/// How many assessments were added, took an earlier revision's place, were
/// set aside, or were identical copies of one in the picture.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub added: usize,
    pub replaced: usize,
    pub set_aside: usize,
    pub identical: usize,
}

impl Tally {
    fn count(&mut self, added: Added) {
        match added {
            Added::New => self.added += 1,
            Added::Replaced => self.replaced += 1,
            Added::SetAside => self.set_aside += 1,
            Added::Identical => self.identical += 1,
        }
    }

    fn plus(self, other: Tally) -> Tally {
        Tally {
            added: self.added + other.added,
            replaced: self.replaced + other.replaced,
            set_aside: self.set_aside + other.set_aside,
            identical: self.identical + other.identical,
        }
    }

    /// "3 assessments added", "1 later revision in place of the earlier (set
    /// aside)", "2 identical copies ignored": the parts of a summary.
    pub fn words(&self) -> Vec<String> {
        let mut parts = vec![counted(self.added, "assessment", "assessments") + " added"];
        if self.replaced > 0 {
            parts.push(
                counted(self.replaced, "later revision", "later revisions")
                    + " in place of the earlier (set aside)",
            );
        }
        if self.set_aside > 0 {
            parts.push(counted(self.set_aside, "duplicate", "duplicates") + " set aside");
        }
        if self.identical > 0 {
            parts.push(counted(self.identical, "identical copy", "identical copies") + " ignored");
        }
        parts
    }
}

/// What one batch of files did, file by file, in the order given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Intake {
    pub files: Vec<(String, FileOutcome)>,
    /// The county report's texts the first collection carried, if any.
    pub report: Option<ReportText>,
}

impl Intake {
    /// What became of every assessment read, all files together.
    pub fn tally(&self) -> Tally {
        self.files
            .iter()
            .filter_map(|(_, o)| match o {
                FileOutcome::Read(t) => Some(*t),
                _ => None,
            })
            .fold(Tally::default(), Tally::plus)
    }

    /// Each file that added nothing, with why.
    pub fn failures(&self) -> impl Iterator<Item = (&str, String)> {
        self.files.iter().filter_map(|(name, o)| match o {
            FileOutcome::Failed(e) => Some((name.as_str(), e.to_string())),
            FileOutcome::Unreadable(e) => Some((name.as_str(), e.clone())),
            FileOutcome::Read { .. } => None,
        })
    }

    /// One line for the facilitator: "Read 15 files: 14 assessments added, ...".
    pub fn summary(&self) -> String {
        let files = self.files.len();
        let failed = self.failures().count();
        let mut parts = self.tally().words();
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

    /// How a copy of an assessment stands to the one in the picture, if
    /// the picture has it: `Less` for an earlier revision than the one shown.
    pub fn compared_with_shown(&self, a: &Assessment) -> Option<std::cmp::Ordering> {
        let &i = self.by_id.get(&a.id)?;
        Some(
            a.revision_order()
                .cmp(&self.bodies[i].assessment.revision_order()),
        )
    }

    /// The body in the picture that `body` clashes with: the same
    /// assessment, or the same body and date.
    fn clash(&self, body: &CountyBody) -> Option<usize> {
        let round = (body.key.clone(), body.date().to_string());
        self.by_id
            .get(&body.assessment.id)
            .or_else(|| self.by_round.get(&round))
            .copied()
    }

    /// Whether `body` would clash with a body in the picture other than the
    /// one at `at`.
    fn clashes_elsewhere(&self, body: &CountyBody, at: usize) -> bool {
        let round = (body.key.clone(), body.date().to_string());
        let elsewhere = |j: Option<&usize>| j.is_some_and(|&j| j != at);
        elsewhere(self.by_id.get(&body.assessment.id)) || elsewhere(self.by_round.get(&round))
    }

    fn set_aside_beside(&mut self, body: CountyBody, at: usize) {
        let shown = &self.bodies[at].assessment;
        self.set_aside.push(SetAside {
            clash: Clash::between(&body.assessment, shown),
            with_id: shown.id.clone(),
            body,
        });
    }

    /// Puts `body` in the picture at `at`, setting aside the body there;
    /// copies set aside beside that one now stand beside the new one.
    fn swap_in(&mut self, body: CountyBody, at: usize) {
        let old = std::mem::replace(&mut self.bodies[at], body);
        self.reindex();
        let shown = self.bodies[at].assessment.clone();
        for other in &mut self.set_aside {
            if other.with_id == old.assessment.id {
                other.with_id = shown.id.clone();
                other.clash = Clash::between(&other.body.assessment, &shown);
            }
        }
        self.set_aside_beside(old, at);
    }

    fn index(&mut self, i: usize) {
        let b = &self.bodies[i];
        self.by_id.insert(b.assessment.id.clone(), i);
        self.by_round
            .insert((b.key.clone(), b.date().to_string()), i);
    }

    /// Adds a body. A later revision of an assessment in the picture takes
    /// its place, and the earlier is set aside; an identical copy is
    /// ignored; any other clash is set aside for the facilitator to choose.
    pub fn add(&mut self, body: CountyBody) -> Added {
        let Some(at) = self.clash(&body) else {
            self.bodies.push(body);
            self.index(self.bodies.len() - 1);
            return Added::New;
        };
        let shown = &self.bodies[at].assessment;
        let already_aside = self
            .set_aside
            .iter()
            .any(|s| s.body.assessment == body.assessment);
        if body.assessment == *shown || already_aside {
            return Added::Identical;
        }
        let later = body.assessment.id == shown.id
            && body.assessment.revision_order() > shown.revision_order();
        if later && !self.clashes_elsewhere(&body, at) {
            self.swap_in(body, at);
            Added::Replaced
        } else {
            self.set_aside_beside(body, at);
            Added::SetAside
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
            let outcome = match decode_collection(text, q, &mut fresh_id) {
                Err(e) => FileOutcome::Failed(e),
                Ok(read) => {
                    if intake.report.is_none() {
                        intake.report = read.report;
                    }
                    let source = Source::File(name.clone());
                    let mut tally = Tally::default();
                    for a in read.assessments {
                        tally.count(self.add(CountyBody::new(a, source.clone(), q, set)));
                    }
                    FileOutcome::Read(tally)
                }
            };
            intake.files.push((name.clone(), outcome));
        }
        intake
    }

    /// Puts a set back as it was held, the bodies in the picture first and
    /// the copies set aside after: each stays where the facilitator left it
    /// (an earlier revision chosen back stays chosen).
    pub fn restore(&mut self, list: Vec<CountyBody>) {
        for body in list {
            match self.clash(&body) {
                Some(at) => self.set_aside_beside(body, at),
                None => {
                    self.bodies.push(body);
                    self.index(self.bodies.len() - 1);
                }
            }
        }
    }

    /// Adds assessments held in this browser or kept from before.
    pub fn add_assessments(
        &mut self,
        list: Vec<Assessment>,
        source: Source,
        q: &Questionnaire,
        set: &StandardSet,
    ) -> Tally {
        let mut tally = Tally::default();
        for a in list {
            tally.count(self.add(CountyBody::new(a, source.clone(), q, set)));
        }
        tally
    }

    /// The fifteen Hertfordshire respondents of 2010, in Appendix 1's order.
    pub fn add_survey_2010(&mut self, q: &Questionnaire, set: &StandardSet) -> Tally {
        let mut tally = Tally::default();
        for p in &PeerSet::bundled().peers {
            tally.count(self.add(CountyBody::from_peer(p, q, set)));
        }
        tally
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
        if self.clashes_elsewhere(&aside.body, at) {
            return false;
        }
        let aside = self.set_aside.remove(i);
        self.swap_in(aside.body, at);
        true
    }

    /// The body in the picture that a copy set aside stands beside.
    pub fn shown_for(&self, aside: &SetAside) -> Option<&CountyBody> {
        self.by_id.get(&aside.with_id).map(|&i| &self.bodies[i])
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

    /// Every round of every body `current` shows, oldest first: the rows
    /// of the analysts' downloads.
    pub fn every_round(&self, filter: &BodyFilter) -> Vec<Vec<&CountyBody>> {
        self.by_body()
            .into_iter()
            .filter(|g| {
                g.last()
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
