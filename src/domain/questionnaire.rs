//! The Appendix 5 questionnaire, from `seeds/questionnaire.json` (constants
//! made at build time by `tools/seeds.rs`).

use super::answers::Answers;
use super::ids::OptionRef;
use std::collections::HashSet;

#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: &'static str,
    pub version: &'static str,
    /// Every version this questionnaire has had, oldest first: "2010" is
    /// the report's own Appendix 5, and the last is `version`.
    pub versions: &'static [&'static str],
    pub title: &'static str,
    pub source: &'static str,
    pub notes: &'static str,
    pub body_kinds: &'static [BodyKind],
    pub questions: &'static [Question],
}

#[derive(Debug, Clone, PartialEq)]
pub struct BodyKind {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: &'static str,
    /// As printed in the report ("6.1"); empty for Comments.
    pub number: &'static str,
    pub title: &'static str,
    pub text: &'static str,
    pub hint: Option<&'static str>,
    pub source: &'static str,
    pub parts: &'static [Part],
    pub fields: &'static [Field],
}

/// One set of structured options: radios when `multiple` is false.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    pub id: &'static str,
    pub label: &'static str,
    pub multiple: bool,
    /// Follow-up parts ("if not, ...") do not hold a question back from completed.
    pub required: bool,
    /// Every option is a future plan (questions 6.1 to 6.3): plans never
    /// meet a standard.
    pub plans: bool,
    pub options: &'static [AnswerOption],
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    pub id: &'static str,
    pub label: &'static str,
    /// "No plans", "No system in place": selecting it clears the others.
    pub exclusive: bool,
    /// The questionnaire version that added it; `None` for the 2010 options.
    /// A record answered in an earlier version was never asked it.
    pub added_in: Option<&'static str>,
    /// A future plan in a part that is not all plans ("we plan to develop one").
    pub plan: bool,
    /// How the option reads inside a sentence of the organisational snapshot.
    pub phrase: Option<&'static str>,
    /// Where the option comes from when that is not plain: shown beside it.
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Short,
    Long,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    /// Names and contact details: left out of exports on request.
    pub personal: bool,
}

/// District and county councils (with their LSPs): the report's "Local
/// Authorities", counted apart in its Analysis.
pub fn is_council(kind: &str) -> bool {
    matches!(kind, "district" | "county")
}

impl Question {
    /// Free-text-only questions may be left blank.
    pub fn is_optional(&self) -> bool {
        !self.parts.iter().any(|p| p.required)
    }

    /// "Question 6.1", or the title for unnumbered questions.
    pub fn label(&self) -> String {
        if self.number.is_empty() {
            self.title.to_string()
        } else {
            format!("Question {}", self.number)
        }
    }
}

impl AnswerOption {
    /// Not in the 2010 questionnaire; added to evidence a standard.
    pub fn added_since_2010(&self) -> bool {
        self.added_in.is_some()
    }
}

impl Part {
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Whether choosing `option` states a plan rather than current practice.
    pub fn is_plan(&self, option: &AnswerOption) -> bool {
        (self.plans || option.plan) && !option.exclusive
    }
}

impl Questionnaire {
    /// The questionnaire shipped in `seeds/questionnaire.json`.
    pub fn bundled() -> &'static Questionnaire {
        &super::seeds::QUESTIONNAIRE
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn part(&self, id: &str) -> Option<(&Question, &Part)> {
        self.questions
            .iter()
            .find_map(|q| q.parts.iter().find(|p| p.id == id).map(|p| (q, p)))
    }

    /// The question, part and option a reference names.
    pub fn option(&self, r: &OptionRef) -> Option<(&Question, &Part, &AnswerOption)> {
        let (question, part) = self.part(r.part)?;
        Some((question, part, part.option(r.option)?))
    }

    /// Where a version stands in the history; an unknown version (a newer
    /// file, or none recorded) counts as this one, which asks everything.
    fn version_index(&self, version: &str) -> usize {
        self.versions
            .iter()
            .position(|v| *v == version)
            .unwrap_or(self.versions.len())
    }

    /// Whether a record answered in `version` was offered the option.
    pub fn offered(&self, r: &OptionRef, version: &str) -> bool {
        let added = self.option(r).and_then(|(_, _, o)| o.added_in);
        added.is_none_or(|a| self.version_index(a) <= self.version_index(version))
    }

    /// The option was never put to this record and it holds no answer from
    /// elsewhere (the 2010 report's text): "not asked", never "no".
    pub fn not_asked(&self, r: &OptionRef, version: &str, answers: &Answers) -> bool {
        !self.offered(r, version) && !answers.is_selected(r.part, r.option)
    }

    /// Whether the option names a future plan; unknown options are not plans.
    pub fn is_plan(&self, r: &OptionRef) -> bool {
        self.option(r).is_some_and(|(_, p, o)| p.is_plan(o))
    }

    pub fn field(&self, id: &str) -> Option<(&Question, &Field)> {
        self.questions
            .iter()
            .find_map(|q| q.fields.iter().find(|f| f.id == id).map(|f| (q, f)))
    }

    pub fn body_kind_label(&self, id: &str) -> Option<&str> {
        self.body_kinds.iter().find(|k| k.id == id).map(|k| k.label)
    }

    /// The question after `id`, in questionnaire order.
    pub fn next(&self, id: &str) -> Option<&Question> {
        let i = self.questions.iter().position(|q| q.id == id)?;
        self.questions.get(i + 1)
    }

    pub fn previous(&self, id: &str) -> Option<&Question> {
        let i = self.questions.iter().position(|q| q.id == id)?;
        i.checked_sub(1).and_then(|i| self.questions.get(i))
    }

    /// Every problem that would make the questionnaire confusing or unscorable.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut question_ids = HashSet::new();
        let mut input_ids = HashSet::new();
        for q in self.questions {
            if !question_ids.insert(q.id) {
                problems.push(format!("question id {} is repeated", q.id));
            }
            if q.title.trim().is_empty() || q.text.trim().is_empty() {
                problems.push(format!("question {} has an empty title or text", q.id));
            }
            if q.fields.is_empty() {
                problems.push(format!("question {} has no free-text box", q.id));
            }
            for p in q.parts {
                if !input_ids.insert(p.id) {
                    problems.push(format!("part or field id {} is repeated", p.id));
                }
                if p.label.trim().is_empty() || p.options.len() < 2 {
                    problems.push(format!("part {} needs a label and two options", p.id));
                }
                let mut option_ids = HashSet::new();
                for (i, o) in p.options.iter().enumerate() {
                    if !option_ids.insert(o.id) {
                        problems.push(format!("option {}.{} is repeated", p.id, o.id));
                    }
                    if o.label.trim().is_empty() {
                        problems.push(format!("option {}.{} has no label", p.id, o.id));
                    }
                    if o.exclusive && !p.multiple {
                        problems.push(format!(
                            "option {}.{} is exclusive in a single-choice part",
                            p.id, o.id
                        ));
                    }
                    if o.exclusive && i + 1 != p.options.len() {
                        problems.push(format!(
                            "exclusive option {}.{} must come last, after the divider",
                            p.id, o.id
                        ));
                    }
                }
            }
            for f in q.fields {
                if !input_ids.insert(f.id) {
                    problems.push(format!("part or field id {} is repeated", f.id));
                }
                if f.label.trim().is_empty() {
                    problems.push(format!("field {} has no label", f.id));
                }
            }
        }
        let mut kinds = HashSet::new();
        for k in self.body_kinds {
            if !kinds.insert(k.id) || k.label.trim().is_empty() {
                problems.push(format!("body kind {} is repeated or unlabelled", k.id));
            }
        }
        problems
    }
}
