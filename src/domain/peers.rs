//! The fifteen Hertfordshire respondents of 2010, as answers in the app's own
//! format, from `seeds/peers.json` (constants made at build time by
//! `tools/seeds.rs`), and scored like any assessment.

use super::answers::Answers;
use super::assessment::Assessment;
use super::ids::OptionRef;
use super::ids::StandardId;
use super::questionnaire::{is_council, Questionnaire};
use super::scoring::{score_all_as_of, StandardScore, Status};
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
    /// Questions 1 and 2 exactly as Appendix 1 Tables 1 and 2 mark them; the
    /// other questions from the Analysis and the snapshots.
    pub answers: Answers,
    /// Current practice the report states in its text that its table does
    /// not mark: counted by scoring, kept out of the regenerated tables.
    pub text_evidence: &'static [TextEvidence],
    /// Where the encoding had to read between the lines of the report.
    pub notes: &'static [&'static str],
}

/// An option the report's own words evidence for one body.
#[derive(Debug, Clone, PartialEq)]
pub struct TextEvidence {
    pub option: OptionRef,
    /// The report's exact words.
    pub quote: &'static str,
    pub source: &'static str,
}

/// The questionnaire version the 2010 respondents answered: the report's
/// Appendix 5, with none of the options added since.
pub const VERSION_2010: &str = "2010";

/// How a 2010 respondent's assessment is named: this, then its peer id.
pub const ASSESSMENT_PREFIX: &str = "hertfordshire-2010-";

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

/// The report's own words about a peer, apart from its answers and notes
/// so that reading a set back carries only these.
pub(crate) struct PeerText {
    pub id: &'static str,
    pub in_sentence: Option<&'static str>,
    pub text_evidence: &'static [TextEvidence],
}

/// The report's words about the 2010 respondent an assessment is, known by
/// its id and version wherever it was read back from (the tab's set, a kept
/// set, a downloaded collection); none for any other assessment.
pub(crate) fn peer_text_of(a: &Assessment) -> Option<&'static PeerText> {
    let id =
        a.id.strip_prefix(ASSESSMENT_PREFIX)
            .filter(|_| a.questionnaire_version == VERSION_2010)?;
    super::seeds::PEER_TEXT.iter().find(|p| p.id == id)
}

impl PeerSeed {
    fn peer(&self) -> Peer {
        let text = super::seeds::PEER_TEXT.iter().find(|t| t.id == self.id);
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
            text_evidence: text.map_or(&[], |t| t.text_evidence),
            notes: self.notes,
        }
    }
}

impl Peer {
    /// What scoring reads: the table marks and the report's text together.
    pub fn scored_answers(&self) -> Answers {
        let mut answers = self.answers.clone();
        for e in self.text_evidence {
            answers
                .choices
                .entry(e.option.part.to_string())
                .or_default()
                .insert(e.option.option.to_string());
        }
        answers
    }

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
    /// Of the partly met, those there on a plan alone.
    pub planned: usize,
    pub not_met: usize,
    pub not_answered: usize,
    /// Bodies whose verdict rests on fewer questions: options this
    /// standard reads were added since 2010.
    pub fewer_questions: usize,
}

impl PeerTally {
    pub fn total(&self) -> usize {
        self.met + self.partly_met + self.not_met + self.not_answered
    }

    /// "12 partly met, 7 of them on a plan alone": plans told apart.
    pub fn partly_words(&self) -> String {
        self.partly_met_then("")
    }

    /// The same with words after "partly met" ("12 partly met it, 7 …").
    fn partly_met_then(&self, then: &str) -> String {
        let n = self.partly_met;
        match self.planned {
            0 => format!("{n} partly met{then}"),
            p if p == n => format!("{n} partly met{then}, all on a plan alone"),
            p => format!("{n} partly met{then}, {p} of them on a plan alone"),
        }
    }

    /// How the 2010 figure reads beside a standard, plans told apart.
    pub fn sentence(&self) -> String {
        let fewer = match self.fewer_questions {
            0 => String::new(),
            n if n == self.total() => {
                " For all of them the verdict rests on fewer questions (see below).".to_string()
            }
            n => format!(" For {n} of them the verdict rests on fewer questions (see below)."),
        };
        let partly = self.partly_met_then(" it");
        format!(
            "In 2010, {} of the {} Hertfordshire respondents met this and {partly}.{fewer}",
            self.met,
            self.total(),
        )
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
            for e in p.text_evidence {
                if q.option(&e.option).is_none()
                    || p.answers.is_selected(e.option.part, e.option.option)
                {
                    problems.push(format!(
                        "peer {}: text evidence {} is unknown or also a mark",
                        p.id, e.option
                    ));
                }
                if e.quote.trim().is_empty() {
                    problems.push(format!(
                        "peer {}: text evidence {} quotes nothing",
                        p.id, e.option
                    ));
                }
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
            .map(|p| {
                (
                    p,
                    score_all_as_of(set, q, &p.scored_answers(), VERSION_2010),
                )
            })
            .collect()
    }

    /// For each standard, how the peers fared.
    pub fn tallies(&self, set: &StandardSet, q: &Questionnaire) -> BTreeMap<StandardId, PeerTally> {
        let mut tallies = BTreeMap::new();
        for (_, scores) in self.scores(set, q) {
            for score in &scores {
                let tally: &mut PeerTally = tallies.entry(score.standard_id).or_default();
                tally.fewer_questions += usize::from(score.on_fewer_questions());
                match score.status {
                    Status::Met => tally.met += 1,
                    Status::PartlyMet => {
                        tally.partly_met += 1;
                        tally.planned += usize::from(score.planned);
                    }
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
