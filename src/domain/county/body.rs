//! One body in the county picture: its assessment, scored once on entry.

use crate::domain::assessment::Assessment;
use crate::domain::case::fold_case;
use crate::domain::peers::Peer;
use crate::domain::questionnaire::{is_council, Questionnaire};
use crate::domain::scoring::{score_all, StandardScore};
use crate::domain::standards::StandardSet;

/// Who a body is across rounds: its name, folded for case and spacing, so
/// that "Dacorum BC" typed twice matches however it was typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BodyKey(String);

impl BodyKey {
    /// A body with no name is only ever itself: keyed by its assessment.
    fn unnamed(assessment_id: &str) -> BodyKey {
        BodyKey(format!("\u{0}{assessment_id}"))
    }

    pub fn of(name: &str) -> BodyKey {
        BodyKey(fold_case(
            &name.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    }
}

/// Where an assessment in the set came from, to name it in messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(String),
    Browser,
    Survey2010,
    /// Read back from the set the facilitator kept in this browser.
    Kept,
    /// Read back from the set this tab held, where a page could not tell
    /// where it came from.
    Earlier,
}

impl Source {
    pub fn label(&self) -> String {
        match self {
            Source::File(name) => format!("file {name}"),
            Source::Browser => "this browser's assessments".into(),
            Source::Survey2010 => "the Hertfordshire 2010 survey".into(),
            Source::Kept => "the set kept in this browser".into(),
            Source::Earlier => "what was added earlier in this tab".into(),
        }
    }

    /// A short tag, on one line, to carry where each assessment came from
    /// with the set from one page to the next.
    pub fn tag(&self) -> String {
        match self {
            Source::File(name) => format!("file:{}", name.replace(['\n', '\r'], " ")),
            Source::Browser => "browser".into(),
            Source::Survey2010 => "survey-2010".into(),
            Source::Kept => "kept".into(),
            Source::Earlier => "earlier".into(),
        }
    }

    /// The source a tag names; an unknown tag is `Earlier`.
    pub fn from_tag(tag: &str) -> Source {
        match tag {
            "browser" => Source::Browser,
            "survey-2010" => Source::Survey2010,
            "kept" => Source::Kept,
            _ => tag
                .strip_prefix("file:")
                .map_or(Source::Earlier, |name| Source::File(name.to_string())),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CountyBody {
    /// Held whole, names and contacts too: every output leaves them out
    /// unless the facilitator asks for them.
    pub assessment: Assessment,
    /// How the body is named in tables and sentences.
    pub label: String,
    pub key: BodyKey,
    pub source: Source,
    pub scores: Vec<StandardScore>,
}

impl CountyBody {
    pub fn new(
        assessment: Assessment,
        source: Source,
        q: &Questionnaire,
        set: &StandardSet,
    ) -> CountyBody {
        let label = assessment.display_name().to_string();
        let key = if assessment.body.name.trim().is_empty() {
            BodyKey::unnamed(&assessment.id)
        } else {
            BodyKey::of(&label)
        };
        CountyBody {
            key,
            scores: score_all(set, q, &assessment.answers),
            label,
            assessment,
            source,
        }
    }

    /// A 2010 respondent, named as Appendix 1 names it ("Fire and Rescue").
    pub fn from_peer(peer: &Peer, q: &Questionnaire, set: &StandardSet) -> CountyBody {
        let mut a = Assessment::new(format!("hertfordshire-2010-{}", peer.id), "2010-02");
        a.body.name = peer.short_name.to_string();
        a.body.kind = peer.kind.to_string();
        // The report's own date: "as at February 2010"; no day is stated.
        a.body.date = "2010-02".into();
        a.answers = peer.answers.clone();
        CountyBody::new(a, Source::Survey2010, q, set)
    }

    pub fn kind(&self) -> &str {
        &self.assessment.body.kind
    }

    pub fn date(&self) -> &str {
        &self.assessment.body.date
    }

    pub fn is_council(&self) -> bool {
        is_council(self.kind())
    }

    /// Which of two assessments of the same body is the later round.
    pub fn round_order(&self) -> (&str, &str) {
        (self.date(), &self.assessment.updated_at)
    }
}
