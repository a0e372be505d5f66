//! Which bodies the picture shows: all, councils only, or one kind.

use crate::domain::questionnaire::{is_council, Questionnaire};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum BodyFilter {
    #[default]
    All,
    /// District and county councils: the report's "Local Authorities".
    Councils,
    /// One `body_kinds` id.
    Kind(String),
}

impl BodyFilter {
    pub fn admits(&self, kind: &str) -> bool {
        match self {
            BodyFilter::All => true,
            BodyFilter::Councils => is_council(kind),
            BodyFilter::Kind(k) => k == kind,
        }
    }

    /// What to call the bodies in sentences: "eight of the eleven councils".
    pub fn plural(&self) -> &'static str {
        match self {
            BodyFilter::Councils => "councils",
            _ => "respondents",
        }
    }

    /// For the filter's select: "all", "councils" or a kind id.
    pub fn value(&self) -> String {
        match self {
            BodyFilter::All => "all".into(),
            BodyFilter::Councils => "councils".into(),
            BodyFilter::Kind(k) => k.clone(),
        }
    }

    /// Reads a select value back: any other value is a kind, as files may
    /// carry kinds this questionnaire does not name, or none.
    pub fn parse(value: &str) -> BodyFilter {
        match value {
            "all" => BodyFilter::All,
            "councils" => BodyFilter::Councils,
            k => BodyFilter::Kind(k.to_string()),
        }
    }

    /// The filter in the page's address ("#filter=councils"), so that a
    /// view can be shared and survives a reload; none for all bodies.
    pub fn to_fragment(&self) -> String {
        match self {
            BodyFilter::All => String::new(),
            f => format!("#filter={}", f.value()),
        }
    }

    /// Reads the address back; anything else is all bodies.
    pub fn from_fragment(fragment: &str) -> BodyFilter {
        fragment
            .trim_start_matches('#')
            .strip_prefix("filter=")
            .filter(|v| {
                !v.is_empty()
                    && v.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            })
            .map_or(BodyFilter::All, BodyFilter::parse)
    }

    pub fn label(&self, q: &Questionnaire) -> String {
        match self {
            BodyFilter::All => "All bodies".into(),
            BodyFilter::Councils => "Councils only (district and county)".into(),
            BodyFilter::Kind(k) => q.body_kind_label(k).unwrap_or("Kind not given").to_string(),
        }
    }
}
