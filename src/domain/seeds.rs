//! The seed files as constants, written at build time by `tools/seeds.rs`
//! from `seeds/*.json`: the app carries the data, not a parser for it.

use super::county::{District, Districts, Findings};
use super::ids::{OptionRef, StandardId};
use super::pages::{MenuItem, PageInfo};
use super::peers::{PeerSeed, PeerSeeds, PeerText, TextEvidence};
use super::presentation::{PeerCounts, Prompts};
use super::questionnaire::{
    AnswerOption, BodyKind, Field, FieldKind, Part, Question, Questionnaire,
};
use super::sector::{Choice, Ni7Option, Ni7Question, SectorItem, SectorQuestions, SectorSources};
use super::standards::{
    NextStep, NextSteps, Ni7Context, Rule, SectorRule, Standard, StandardNotes, StandardSet,
};
use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// The value for a key in pairs sorted by key (as the build writes maps).
pub(crate) fn lookup<K, V: Copy>(pairs: &[(K, V)], order: impl Fn(&K) -> Ordering) -> Option<V> {
    pairs
        .binary_search_by(|(k, _)| order(k))
        .ok()
        .map(|i| pairs[i].1)
}
