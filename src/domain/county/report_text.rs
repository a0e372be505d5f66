//! The county report's framing: its title, and the introduction, method
//! and conclusion a facilitator may rewrite. Kept with the set, in its
//! collection file. Each text left empty is generated from the picture, so
//! a default never goes stale as bodies are added.

use super::analysis::tally;
use super::body::CountyBody;
use super::words::{capitalise, number_words, of_the};
use crate::domain::order;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::standards::StandardSet;
use serde::Serialize;
use serde_json::Value;

/// What the facilitator has written; empty means "not set". Read back by
/// hand ([`ReportText::from_value`]): a derived reader cost the report
/// page 10 KB of its download.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReportText {
    /// "Hertfordshire".
    pub area: String,
    /// "2026", "Autumn 2026".
    pub period: String,
    /// The organisation publishing the report: "Hertfordshire CVS".
    pub publisher: String,
    /// How many bodies were invited to respond, for the response rate.
    pub invited: Option<u32>,
    pub introduction: String,
    pub method: String,
    pub conclusion: String,
}

/// The editable texts, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Area,
    Period,
    Publisher,
    Introduction,
    Method,
    Conclusion,
}

impl TextField {
    /// Its name in the file.
    pub fn key(self) -> &'static str {
        match self {
            TextField::Area => "area",
            TextField::Period => "period",
            TextField::Publisher => "publisher",
            TextField::Introduction => "introduction",
            TextField::Method => "method",
            TextField::Conclusion => "conclusion",
        }
    }

    pub const ALL: [TextField; 6] = [
        TextField::Area,
        TextField::Period,
        TextField::Publisher,
        TextField::Introduction,
        TextField::Method,
        TextField::Conclusion,
    ];
}

/// A text is at most this long: a few pages, not a file's worth.
pub const MAX_TEXT: usize = 20_000;

impl ReportText {
    pub fn is_empty(&self) -> bool {
        *self == ReportText::default()
    }

    pub fn get(&self, field: TextField) -> &str {
        match field {
            TextField::Area => &self.area,
            TextField::Period => &self.period,
            TextField::Publisher => &self.publisher,
            TextField::Introduction => &self.introduction,
            TextField::Method => &self.method,
            TextField::Conclusion => &self.conclusion,
        }
    }

    /// Sets a text, cut to [`MAX_TEXT`] characters.
    pub fn set(&mut self, field: TextField, value: &str) {
        let value: String = value.chars().take(MAX_TEXT).collect();
        let slot = match field {
            TextField::Area => &mut self.area,
            TextField::Period => &mut self.period,
            TextField::Publisher => &mut self.publisher,
            TextField::Introduction => &mut self.introduction,
            TextField::Method => &mut self.method,
            TextField::Conclusion => &mut self.conclusion,
        };
        *slot = value;
    }

    /// Reads texts as written by [`ReportText::to_json`] or carried in a
    /// collection; each cut to its limit, as if typed. None if malformed.
    pub fn from_value(value: &Value) -> Option<ReportText> {
        let object = value.as_object()?;
        let invited = match object.get("invited") {
            None | Some(Value::Null) => None,
            Some(n) => Some(u32::try_from(n.as_u64()?).ok()?),
        };
        let mut report = ReportText {
            invited,
            ..ReportText::default()
        };
        for field in TextField::ALL {
            match object.get(field.key()) {
                None => {}
                Some(text) => report.set(field, text.as_str()?),
            }
        }
        Some(report)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("texts always serialise")
    }

    /// "Support for the voluntary and community sector in Hertfordshire".
    pub fn title(&self) -> String {
        match self.area.trim() {
            "" => "Support for the voluntary and community sector".into(),
            area => format!("Support for the voluntary and community sector in {area}"),
        }
    }

    /// "Autumn 2026. Published by Hertfordshire CVS.", or none.
    pub fn byline(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.period.trim().is_empty() {
            parts.push(format!("{}.", self.period.trim()));
        }
        if !self.publisher.trim().is_empty() {
            parts.push(format!("Published by {}.", self.publisher.trim()));
        }
        (!parts.is_empty()).then(|| parts.join(" "))
    }

    /// The running header on every printed page.
    pub fn running_header(&self) -> String {
        match self.period.trim() {
            "" => self.title(),
            period => format!("{}, {period}", self.title()),
        }
    }

    /// The text as written, or the generated default: paragraphs.
    pub fn paragraphs(
        &self,
        field: TextField,
        q: &Questionnaire,
        set: &StandardSet,
        bodies: &[&CountyBody],
    ) -> Vec<String> {
        let written = self.get(field).trim();
        if !written.is_empty() {
            return split_paragraphs(written);
        }
        match field {
            TextField::Introduction => vec![self.default_introduction(bodies)],
            TextField::Method => default_method(q, bodies, self.invited),
            TextField::Conclusion => vec![default_conclusion(set, bodies)],
            _ => Vec::new(),
        }
    }

    fn default_introduction(&self, bodies: &[&CountyBody]) -> String {
        let area = match self.area.trim() {
            "" => String::new(),
            area => format!(" in {area}"),
        };
        format!(
            "This report brings together the self-assessments of {} public {}{area}. Each body assessed the support it gives the voluntary and community sector against the thirteen items of recommended minimum support set out in the Hertfordshire Thriving Third Sector report (2010). The report says where bodies meet that minimum, where they fall short, and what could be done next.",
            number_words(bodies.len()),
            if bodies.len() == 1 { "body" } else { "bodies" },
        )
    }
}

/// Blank lines divide paragraphs; single line breaks stay within one.
fn split_paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(String::from)
        .collect()
}

/// "March 2010", from an ISO date; none for anything else.
pub fn month_year(date: &str) -> Option<String> {
    let year = date
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let month: usize = date.get(5..7)?.parse().ok()?;
    Some(format!(
        "{} {year}",
        crate::domain::sector::MONTHS.get(month.checked_sub(1)?)?
    ))
}

/// "in March 2010", "between March 2010 and May 2026", or none when no
/// body gives a date.
pub fn when_made(bodies: &[&CountyBody]) -> Option<String> {
    let mut dates: Vec<&str> = bodies
        .iter()
        .map(|b| b.date())
        .filter(|d| month_year(d).is_some())
        .collect();
    dates.sort_unstable();
    let first = month_year(dates.first()?)?;
    let last = month_year(dates.last()?)?;
    Some(if first == last {
        format!("in {first}")
    } else {
        format!("between {first} and {last}")
    })
}

/// "eleven councils, two health bodies and one police force": each kind
/// with its count, in the questionnaire's order.
pub fn kinds_in_words(q: &Questionnaire, bodies: &[&CountyBody]) -> Vec<String> {
    let mut parts = Vec::new();
    for k in q.body_kinds {
        let n = bodies.iter().filter(|b| b.kind() == k.id).count();
        if n > 0 {
            parts.push(format!("{} ({})", k.label, number_words(n)));
        }
    }
    let unknown = bodies
        .iter()
        .filter(|b| q.body_kind_label(b.kind()).is_none())
        .count();
    if unknown > 0 {
        parts.push(format!("kind not given ({})", number_words(unknown)));
    }
    parts
}

fn default_method(q: &Questionnaire, bodies: &[&CountyBody], invited: Option<u32>) -> Vec<String> {
    let n = bodies.len();
    let mut first = format!(
        "Each body answered the questionnaire of Appendix 5 of the 2010 report{}",
        when_made(bodies).map_or_else(String::new, |w| format!(", {w}"))
    );
    first.push_str(&format!(
        ". {} {} responded, by kind: {}.",
        capitalise(&number_words(n)),
        if n == 1 { "body" } else { "bodies" },
        super::words::list_names(&kinds_in_words(q, bodies), "and")
    ));
    if let Some(invited) = invited.filter(|&i| i > 0) {
        let invited = invited as usize;
        if invited >= n {
            let rate = (n * 100 + invited / 2) / invited;
            first.push_str(&format!(
                " That is {} invited, a response rate of {rate}%.",
                of_the(n, invited, "body", "bodies")
            ));
        }
    }
    vec![
        first,
        "Each body counts once, at its latest assessment. The scores follow the rules shown on each body's own results page, each traced to the 2010 report: a standard is met only by what is in place now, never by a plan alone. Where an answer was not given, the standard is \u{201c}not evidenced\u{201d}, not \u{201c}not met\u{201d}.".into(),
    ]
}

fn default_conclusion(set: &StandardSet, bodies: &[&CountyBody]) -> String {
    let tallies = tally(set, bodies);
    let mut short: Vec<usize> = (0..tallies.len())
        .filter(|&i| tallies[i].falling_short() > 0)
        .collect();
    order::sort_by_key(&mut short, |&i| {
        (std::cmp::Reverse(tallies[i].falling_short()), i)
    });
    let everywhere = tallies.iter().all(|t| t.falling_short() == 0);
    if everywhere {
        return "Every body in the report meets the minimum wherever it gave an answer. The next round of self-assessment will show whether that holds.".into();
    }
    let widest = &set.standards[short[0]];
    format!(
        "The standard most often short of the minimum is \u{201c}{}\u{201d}, for {}. The recommendations above say where to start; a further round of self-assessment will show what has moved.",
        widest.title,
        of_the(
            tallies[short[0]].falling_short(),
            bodies.len(),
            "body",
            "bodies"
        )
    )
}

/// Who responded, sorted by name: every body in the picture.
pub fn respondents(bodies: &[&CountyBody]) -> Vec<String> {
    let mut names: Vec<String> = bodies.iter().map(|b| b.label.clone()).collect();
    order::sort_by(&mut names, |a, b| a.cmp(b));
    names
}
