//! One body in the county picture: its assessment, scored once on entry.

use crate::domain::assessment::Assessment;
use crate::domain::case::fold_case;
use crate::domain::ids::OptionRef;
use crate::domain::peers::{peer_text_of, Peer, TextEvidence, ASSESSMENT_PREFIX, VERSION_2010};
use crate::domain::questionnaire::{is_council, Questionnaire};
use crate::domain::scoring::StandardScore;
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
    /// Read back from the set the facilitator stored in this browser.
    InBrowser,
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
            Source::InBrowser => "the set kept in this browser".into(),
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
            Source::InBrowser => "kept".into(),
            Source::Earlier => "earlier".into(),
        }
    }

    /// The source a tag names; an unknown tag is `Earlier`.
    pub fn from_tag(tag: &str) -> Source {
        match tag {
            "browser" => Source::Browser,
            "survey-2010" => Source::Survey2010,
            "kept" => Source::InBrowser,
            _ => tag
                .strip_prefix("file:")
                .map_or(Source::Earlier, |name| Source::File(name.to_string())),
        }
    }
}

/// One cell of a regenerated Appendix 1 table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Chosen, or marked in the report's table.
    Yes,
    /// Not in the table, but stated in the report's text: counted by
    /// scoring, shown apart.
    FromText,
    No,
    /// Added to the questionnaire after the body answered.
    NotAsked,
}

impl Mark {
    /// What a cell shows, and a CSV holds.
    pub fn symbol(self) -> &'static str {
        match self {
            Mark::Yes => "X",
            Mark::FromText => "T",
            Mark::No => "",
            Mark::NotAsked => "n/a",
        }
    }

    /// For tests and styles: "yes", "text", "no", "not-asked".
    pub fn key(self) -> &'static str {
        match self {
            Mark::Yes => "yes",
            Mark::FromText => "text",
            Mark::No => "no",
            Mark::NotAsked => "not-asked",
        }
    }

    /// For screen readers and the legend.
    pub fn label(self) -> &'static str {
        match self {
            Mark::Yes => "Yes",
            Mark::FromText => "From the report's text, not marked in its table",
            Mark::No => "No",
            Mark::NotAsked => "Not asked",
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
    /// How it is named inside a sentence, with its article where the report
    /// gives one ("the County Council"); capitalised at a sentence's start.
    pub in_sentence: String,
    pub key: BodyKey,
    pub source: Source,
    pub scores: Vec<StandardScore>,
    /// Options the 2010 report's text evidences that its tables do not mark.
    pub text_evidence: &'static [TextEvidence],
}

impl CountyBody {
    pub fn new(
        assessment: Assessment,
        source: Source,
        q: &Questionnaire,
        set: &StandardSet,
    ) -> CountyBody {
        let label = assessment.display_name().to_string();
        let peer = peer_text_of(&assessment);
        let key = if assessment.body.name.trim().is_empty() {
            BodyKey::unnamed(&assessment.id)
        } else {
            BodyKey::of(&label)
        };
        CountyBody {
            key,
            scores: assessment.scores(set, q),
            // A 2010 respondent keeps the report's article and text evidence
            // however the set was read back.
            in_sentence: peer
                .and_then(|p| p.in_sentence)
                .unwrap_or(&label)
                .to_string(),
            label,
            text_evidence: peer.map_or(&[], |p| p.text_evidence),
            assessment,
            source,
        }
    }

    /// A 2010 respondent, named as Appendix 1 names it ("Fire and Rescue").
    pub fn from_peer(peer: &Peer, q: &Questionnaire, set: &StandardSet) -> CountyBody {
        let mut a = Assessment::new(format!("{ASSESSMENT_PREFIX}{}", peer.id), "2010-02");
        a.body.name = peer.short_name.to_string();
        a.body.kind = peer.kind.to_string();
        // The report's own date: "as at February 2010"; no day is stated.
        a.body.date = "2010-02".into();
        a.answers = peer.scored_answers();
        a.questionnaire_version = VERSION_2010.to_string();
        CountyBody::new(a, Source::Survey2010, q, set)
    }

    /// How the body stands on one option: chosen, chosen on the report's
    /// text alone, not chosen, or never asked.
    pub fn mark(&self, q: &Questionnaire, r: &OptionRef) -> Mark {
        let a = &self.assessment;
        if !a.answers.is_selected(r.part, r.option) {
            if q.offered(r, &a.questionnaire_version) {
                Mark::No
            } else {
                Mark::NotAsked
            }
        } else if self.text_evidence.iter().any(|e| e.option == *r)
            || !q.offered(r, &a.questionnaire_version)
        {
            // An option a body was never offered can only have come from
            // what the report says of it.
            Mark::FromText
        } else {
            Mark::Yes
        }
    }

    /// Some verdict rests on fewer questions: options were added to the
    /// questionnaire after the body answered.
    pub fn on_fewer_questions(&self) -> bool {
        self.scores.iter().any(StandardScore::on_fewer_questions)
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
