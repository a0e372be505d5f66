//! The facilitator's set of bodies in the county view: what its components
//! read, changed only through the named methods here. Files are read in
//! memory; the set is stored only when the facilitator chooses to keep it.

use super::{new_id, Notice};
use crate::browser::{self, files, storage};
use crate::domain::assessment::Assessment;
use crate::domain::county::{BodyFilter, CountyBody, CountySet, Intake, Source};
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::{decode, decode_import, encode_export_all};
use crate::domain::standards::StandardSet;
use leptos::prelude::*;

/// Where a kept set lives: one collection, names and contacts included,
/// since it never leaves this browser.
pub const KEPT_SET_KEY: &str = "thriving-third-sector/v2/county-set";

#[derive(Clone, Copy)]
pub struct CountyState {
    questionnaire: &'static Questionnaire,
    standards: &'static StandardSet,
    set: RwSignal<CountySet>,
    filter: RwSignal<BodyFilter>,
    intake: RwSignal<Option<Intake>>,
    notice: RwSignal<Option<Notice>>,
    kept: RwSignal<bool>,
    with_personal: RwSignal<bool>,
}

fn notice(text: impl Into<String>, is_error: bool) -> Option<Notice> {
    Some(Notice {
        text: text.into(),
        is_error,
        undo_delete: false,
    })
}

/// "2 assessments added", "1 already in the picture".
fn added_words(added: usize, duplicates: usize) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let mut text = format!("{added} assessment{} added", plural(added));
    if duplicates > 0 {
        text += &format!(
            "; {duplicates} duplicate{} set aside (see below)",
            plural(duplicates)
        );
    }
    text
}

impl CountyState {
    /// An empty picture, or the set kept in this browser last time.
    pub fn start() -> CountyState {
        let state = CountyState {
            questionnaire: Questionnaire::bundled(),
            standards: StandardSet::bundled(),
            set: RwSignal::new(CountySet::default()),
            filter: RwSignal::new(BodyFilter::All),
            intake: RwSignal::new(None),
            notice: RwSignal::new(None),
            kept: RwSignal::new(false),
            with_personal: RwSignal::new(false),
        };
        state.restore();
        state
    }

    fn restore(self) {
        let raw = match storage::read(KEPT_SET_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return,
            Err(e) => {
                self.notice.set(notice(
                    format!("The set kept in this browser could not be read: {e}."),
                    true,
                ));
                return;
            }
        };
        match decode_import(&raw, self.questionnaire, new_id) {
            Ok(list) => {
                self.set.update(|s| {
                    s.add_assessments(list, Source::Kept, self.questionnaire, self.standards);
                });
                self.kept.set(true);
            }
            // Left where it is, untouched: a newer version may read it.
            Err(e) => self.notice.set(notice(
                format!("The set kept in this browser could not be opened, because {e}. It has been left as it was."),
                true,
            )),
        }
    }

    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.questionnaire
    }

    pub fn standards(&self) -> &'static StandardSet {
        self.standards
    }

    pub fn set(&self) -> ReadSignal<CountySet> {
        self.set.read_only()
    }

    pub fn filter(&self) -> ReadSignal<BodyFilter> {
        self.filter.read_only()
    }

    pub fn intake(&self) -> ReadSignal<Option<Intake>> {
        self.intake.read_only()
    }

    pub fn notice(&self) -> ReadSignal<Option<Notice>> {
        self.notice.read_only()
    }

    pub fn kept(&self) -> ReadSignal<bool> {
        self.kept.read_only()
    }

    pub fn with_personal(&self) -> ReadSignal<bool> {
        self.with_personal.read_only()
    }

    /// Runs `f` on the bodies in the picture: the latest round of each body
    /// the filter admits. Tracks the set and the filter.
    pub fn with_current<T>(&self, f: impl FnOnce(&[&CountyBody]) -> T) -> T {
        let filter = self.filter.get();
        self.set.with(|s| f(&s.current(&filter)))
    }

    /// Reads every file in memory, then adds what they hold at once.
    pub async fn add_files(self, list: Vec<web_sys::File>) {
        let mut read = Vec::with_capacity(list.len());
        let mut unreadable = Vec::new();
        for file in &list {
            match files::read_text(file).await {
                Ok(text) => read.push((file.name(), text)),
                Err(e) => unreadable.push((file.name(), e)),
            }
        }
        let mut intake = Intake::default();
        self.set.update(|s| {
            intake = s.add_files(&read, self.questionnaire, self.standards, new_id);
        });
        let mut text = intake.summary();
        for (name, e) in &unreadable {
            text += &format!(" Could not open \"{name}\": {e}.");
        }
        let is_error = intake.failures().next().is_some() || !unreadable.is_empty();
        self.notice.set(notice(text, is_error));
        self.intake.set(Some(intake));
        self.changed();
    }

    /// The assessments saved in this browser by the self-assessment, read
    /// without changing them; blank ones are left out.
    pub fn browser_assessments(&self) -> (Vec<Assessment>, usize) {
        let keys = storage::keys_with_prefix(storage::RECORD_PREFIX).unwrap_or_default();
        let mut list = Vec::new();
        let mut unreadable = 0;
        for key in keys {
            let id = &key[storage::RECORD_PREFIX.len()..];
            match storage::read(&key)
                .ok()
                .flatten()
                .map(|raw| decode(&raw, self.questionnaire, id))
            {
                Some(Ok(a)) if !a.is_blank() => list.push(a),
                Some(Ok(_)) => {}
                _ => unreadable += 1,
            }
        }
        list.sort_by(|a, b| {
            a.display_name()
                .cmp(b.display_name())
                .then(a.body.date.cmp(&b.body.date))
        });
        (list, unreadable)
    }

    pub fn add_browser_assessments(self, list: Vec<Assessment>) {
        let mut counts = (0, 0);
        self.set.update(|s| {
            counts = s.add_assessments(list, Source::Browser, self.questionnaire, self.standards);
        });
        self.notice.set(notice(
            format!("From this browser: {}.", added_words(counts.0, counts.1)),
            false,
        ));
        self.changed();
    }

    pub fn add_survey_2010(self) {
        let mut counts = (0, 0);
        self.set
            .update(|s| counts = s.add_survey_2010(self.questionnaire, self.standards));
        self.notice.set(notice(
            format!(
                "The Hertfordshire 2010 respondents: {}.",
                added_words(counts.0, counts.1)
            ),
            false,
        ));
        self.changed();
    }

    pub fn choose_set_aside(self, i: usize) {
        self.set.update(|s| s.choose_set_aside(i));
        self.changed();
    }

    pub fn dismiss_set_aside(self, i: usize) {
        self.set.update(|s| s.dismiss_set_aside(i));
    }

    pub fn remove(self, assessment_id: &str) {
        self.set.update(|s| s.remove(assessment_id));
        self.changed();
    }

    /// Empties the picture; a kept copy is forgotten too.
    pub fn clear(self) {
        self.set.update(CountySet::clear);
        self.intake.set(None);
        self.notice
            .set(notice("The picture is empty again.", false));
        if self.kept.get_untracked() {
            self.keep(false);
        }
    }

    pub fn set_filter(self, filter: BodyFilter) {
        self.filter.set(filter);
    }

    pub fn set_with_personal(self, on: bool) {
        self.with_personal.set(on);
    }

    /// Keeps the set in this browser from now on, or forgets the kept copy.
    pub fn keep(self, on: bool) {
        self.kept.set(on);
        if on {
            self.save();
        } else if let Err(e) = storage::remove(KEPT_SET_KEY) {
            self.notice.set(notice(
                format!("The kept copy could not be removed from this browser: {e}."),
                true,
            ));
        }
    }

    fn changed(self) {
        if self.kept.get_untracked() {
            self.save();
        }
    }

    fn save(self) {
        // An empty collection is not a file this app reads back.
        if self.set.with_untracked(CountySet::is_empty) {
            let _ = storage::remove(KEPT_SET_KEY);
            return;
        }
        let json = self.set.with_untracked(|s| {
            let all: Vec<&Assessment> = s.bodies().iter().map(|b| &b.assessment).collect();
            encode_export_all(
                &all,
                self.questionnaire,
                self.standards,
                &browser::now_iso(),
                true,
            )
        });
        if let Err(e) = storage::write(KEPT_SET_KEY, &json) {
            self.notice.set(notice(
                format!("The set could not be kept in this browser ({e}). It is still open here: download it as a JSON collection to keep it."),
                true,
            ));
        }
    }

    /// For the download buttons: a message after each.
    pub fn tell(self, text: String, is_error: bool) {
        self.notice.set(notice(text, is_error));
    }
}
