//! Every assessment held in this browser, in memory: the list the user
//! manages, and the one that is open.

use super::assessment::Assessment;
use super::case::fold_case;
use super::order;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    assessments: Vec<Assessment>,
}

impl Library {
    pub fn new(assessments: Vec<Assessment>) -> Library {
        let mut library = Library::default();
        for a in assessments {
            library.upsert(a);
        }
        library
    }

    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Assessment> {
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Adds, or replaces the assessment with the same id.
    pub fn upsert(&mut self, assessment: Assessment) {
        match self.get_mut(&assessment.id) {
            Some(existing) => *existing = assessment,
            None => self.assessments.push(assessment),
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<Assessment> {
        let i = self.assessments.iter().position(|a| a.id == id)?;
        Some(self.assessments.remove(i))
    }

    pub fn len(&self) -> usize {
        self.assessments.len()
    }

    pub fn is_empty(&self) -> bool {
        self.assessments.is_empty()
    }

    /// Most recently changed first: what the user worked on last is on top.
    pub fn by_last_change(&self) -> Vec<&Assessment> {
        let mut list: Vec<_> = self.assessments.iter().collect();
        order::sort_by(&mut list, |a, b| {
            b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id))
        });
        list
    }

    /// Earlier assessments of the same body (same name, ignoring case), or
    /// the one this was derived from, newest first: candidates to compare with.
    pub fn earlier_of(&self, current: &Assessment) -> Vec<&Assessment> {
        let name = fold_case(current.body.name.trim());
        let mut list: Vec<_> = self
            .assessments
            .iter()
            .filter(|a| a.id != current.id)
            .filter(|a| {
                current.derived_from.as_deref() == Some(a.id.as_str())
                    || (!name.is_empty() && fold_case(a.body.name.trim()) == name)
            })
            .collect();
        order::sort_by(&mut list, |a, b| {
            (b.body.date.as_str(), b.updated_at.as_str())
                .cmp(&(a.body.date.as_str(), a.updated_at.as_str()))
        });
        list
    }
}
