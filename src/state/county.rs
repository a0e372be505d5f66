//! The facilitator's set of bodies in the county picture: what its
//! components read, changed only through the named methods here. Files are
//! read in memory. The set is held for this tab (sessionStorage), so that
//! the report page and a reload find it; it is stored in this browser
//! (localStorage) only when the facilitator chooses to keep it, a choice
//! each tab makes for its own set.

use super::{new_id, Notices};
use crate::browser::{self, files, handover, storage};
use crate::domain::assessment::Assessment;
use crate::domain::county::{
    BodyFilter, CountyBody, CountySet, Intake, ReportText, Source, Tally, TextField,
};
use crate::domain::order;
use crate::domain::questionnaire::Questionnaire;
use crate::domain::saved::{decode, decode_collection, encode_collection};
use crate::domain::standards::StandardSet;
use leptos::prelude::*;

/// Where a set stored in this browser lives: one collection, names and
/// contacts included, since it never leaves this browser.
pub const BROWSER_SET_KEY: &str = "thriving-third-sector/v2/county-set";

#[derive(Clone, Copy)]
pub struct CountyState {
    questionnaire: &'static Questionnaire,
    standards: &'static StandardSet,
    set: RwSignal<CountySet>,
    filter: RwSignal<BodyFilter>,
    /// Which bodies the picture shows, worked out once per change of the
    /// set or the filter rather than in every section.
    current: Memo<Vec<usize>>,
    intake: RwSignal<Option<Intake>>,
    notices: Notices,
    in_browser: RwSignal<bool>,
    with_personal: RwSignal<bool>,
    /// The report's title and texts, kept with the set.
    report: RwSignal<ReportText>,
    print_form: RwSignal<PrintForm>,
}

/// What the report prints: the board's concise report, or everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PrintForm {
    #[default]
    Board,
    Full,
}

/// What a county write that fails costs, in words for the user.
mod lost {
    pub const TAB_SET: &str = "The set is open on this page, but this tab could not hold it, so the report page and a reload will not have it: download it as a JSON collection to keep it";
    pub const STORED_SET: &str = "The set could not be stored in this browser, so a new tab will not open it: it is still open here, and can be downloaded as a JSON collection";
    pub const STORED_SET_REMOVED: &str = "The set stored in this browser could not be removed, so a new tab may open it again: turn storing off there";
    pub const REPORT_TEXT: &str = "The report's texts could not be held for this tab, so a reload may lose the latest typing: leave the field to keep it with the set, or download the set";
    pub const STORE_CHOICE: &str = "This tab could not note whether its set is stored in this browser, so its other county page may not know: choose again there";
}

/// "2 assessments added, 1 duplicate set aside (see below)".
fn added_words(tally: &Tally) -> String {
    let mut text = tally.words().join(", ");
    if tally.set_aside + tally.replaced > 0 {
        text += "; see the duplicates set aside below";
    }
    text
}

impl CountyState {
    /// An empty picture, or the set kept in this browser last time.
    pub fn start() -> CountyState {
        let set = RwSignal::new(CountySet::default());
        // As the address says: a shared view, or this one reloaded.
        let filter = RwSignal::new(BodyFilter::from_fragment(&browser::location::fragment()));
        let state = CountyState {
            questionnaire: Questionnaire::bundled(),
            standards: StandardSet::bundled(),
            set,
            filter,
            current: Memo::new(move |_| filter.with(|f| set.with(|s| s.current_indices(f)))),
            intake: RwSignal::new(None),
            notices: Notices::new(None),
            in_browser: RwSignal::new(false),
            with_personal: RwSignal::new(false),
            report: RwSignal::new(ReportText::default()),
            print_form: RwSignal::new(PrintForm::Board),
        };
        state.restore();
        browser::location::reload_when_restored_from_history();
        state
    }

    /// This tab's set if it has held one (the latest, perhaps emptied),
    /// else the set kept in this browser.
    fn restore(self) {
        if let Some((raw, sources)) = handover::county_set() {
            self.in_browser.set(handover::county_in_browser());
            let kept = if raw.is_empty() {
                None
            } else {
                self.reopen(&raw, &sources)
            };
            self.restore_report(kept);
            return;
        }
        match storage::read(BROWSER_SET_KEY) {
            Ok(Some(raw)) => {
                let kept = self.open_from_browser(&raw);
                self.restore_report(kept);
            }
            Ok(None) => {}
            Err(e) => self.tell(
                format!("The set kept in this browser could not be read: {e}."),
                true,
            ),
        }
    }

    /// The texts this tab last typed, else those kept with the set.
    fn restore_report(self, kept: Option<ReportText>) {
        let typed = handover::county_report()
            .and_then(|json| serde_json::from_str(&json).ok())
            .and_then(|value| ReportText::from_value(&value));
        if let Some(report) = typed.or(kept) {
            self.report.set(report);
        }
    }

    /// The set this tab held on its last page, each assessment from where
    /// it came, the duplicates set aside again; the report's texts kept
    /// with it, if any.
    fn reopen(self, raw: &str, sources: &str) -> Option<ReportText> {
        let sources: Vec<&str> = sources.lines().collect();
        match decode_collection(raw, self.questionnaire, new_id) {
            Ok(read) => {
                let bodies = read
                    .assessments
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let source = sources
                            .get(i)
                            .map_or(Source::Earlier, |tag| Source::from_tag(tag));
                        CountyBody::new(a, source, self.questionnaire, self.standards)
                    })
                    .collect();
                self.set.update(|s| s.restore(bodies));
                read.report
            }
            // Written by this tab moments ago: only a broken browser gets
            // here. The files it came from are the facilitator's still.
            Err(e) => {
                // Emptied, so the next page does not stumble on it again.
                let emptied = match handover::put_county_set("", "") {
                    Ok(()) => String::new(),
                    Err(e) => format!(" It could not be cleared from this tab either ({e}), so it will come back on this tab's next page: add the files in a new tab."),
                };
                self.tell(
                    format!("The set open in this tab could not be read back, because {e}. Add its files again.{emptied}"),
                    true,
                );
                None
            }
        }
    }

    /// The set stored in this browser, in a tab that has held none: from now
    /// on the tab's. Gives the report's texts kept with it, if any.
    fn open_from_browser(self, raw: &str) -> Option<ReportText> {
        match decode_collection(raw, self.questionnaire, new_id) {
            Ok(read) => {
                // Held as read: nothing to encode again at start-up.
                let tags = vec![Source::InBrowser.tag(); read.assessments.len()].join("\n");
                let bodies = read
                    .assessments
                    .into_iter()
                    .map(|a| {
                        CountyBody::new(a, Source::InBrowser, self.questionnaire, self.standards)
                    })
                    .collect();
                self.set.update(|s| s.restore(bodies));
                self.in_browser.set(true);
                self.hold_in_browser_choice(true);
                self.hold(raw, &tags);
                read.report
            }
            // Copied aside first, so keeping a new set cannot overwrite it;
            // the self-assessment offers kept-aside data for download.
            Err(e) => {
                let aside = format!(
                    "{}county-set-{}",
                    storage::UNREADABLE_PREFIX,
                    browser::now_iso()
                );
                let kept = match storage::write(&aside, raw) {
                    Ok(()) => "A copy of it has been kept aside: the self-assessment's pages offer it for download.",
                    Err(_) => "It has been left as it was; do not keep a new set until it is saved elsewhere.",
                };
                self.tell(
                    format!(
                        "The set kept in this browser could not be opened, because {e}. {kept}"
                    ),
                    true,
                );
                None
            }
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

    pub fn notices(&self) -> Notices {
        self.notices
    }

    /// Whether this tab stores its set in the browser.
    pub fn in_browser(&self) -> ReadSignal<bool> {
        self.in_browser.read_only()
    }

    pub fn with_personal(&self) -> ReadSignal<bool> {
        self.with_personal.read_only()
    }

    pub fn report(&self) -> ReadSignal<ReportText> {
        self.report.read_only()
    }

    pub fn print_form(&self) -> ReadSignal<PrintForm> {
        self.print_form.read_only()
    }

    pub fn set_print_form(self, form: PrintForm) {
        self.print_form.set(form);
    }

    /// A text as it is typed: held for this tab at once; kept with the set
    /// when the field is left ([`CountyState::keep_report`]).
    pub fn set_report_text(self, field: TextField, value: &str) {
        self.report.update(|r| r.set(field, value));
        self.hold_report();
    }

    pub fn set_invited(self, invited: Option<u32>) {
        self.report.update(|r| r.invited = invited);
        self.hold_report();
        self.keep_report();
    }

    /// Puts the texts into the set as held and stored: on leaving a field,
    /// since encoding hundreds of bodies on every keystroke would lag.
    pub fn keep_report(self) {
        self.changed();
    }

    fn hold_report(self) {
        let json = self.report.with_untracked(ReportText::to_json);
        self.notices
            .told(lost::REPORT_TEXT, handover::put_county_report(&json));
    }

    /// Runs `f` on the bodies in the picture: the latest round of each body
    /// the filter admits. Tracks the set and the filter.
    pub fn with_current<T>(&self, f: impl FnOnce(&[&CountyBody]) -> T) -> T {
        self.current
            .with(|indices| self.set.with(|s| f(&s.at(indices))))
    }

    /// Reads every file in memory, then adds what they hold at once.
    pub async fn add_files(self, list: Vec<web_sys::File>) {
        let read = files::read_all(&list).await;
        let mut intake = Intake::default();
        self.set.update(|s| {
            intake = s.add_files(&read, self.questionnaire, self.standards, new_id);
        });
        // A collection's report texts, where this set has none yet.
        if let Some(report) = intake.report.take() {
            if self.report.with_untracked(ReportText::is_empty) {
                self.report.set(report);
                self.hold_report();
            }
        }
        self.tell(intake.summary(), intake.failures().next().is_some());
        // After `tell`, which clears the last batch's failures.
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
        order::sort_by(&mut list, |a, b| {
            a.display_name()
                .cmp(b.display_name())
                .then(a.body.date.cmp(&b.body.date))
        });
        (list, unreadable)
    }

    pub fn add_browser_assessments(self, list: Vec<Assessment>) {
        let mut tally = Tally::default();
        self.set.update(|s| {
            tally = s.add_assessments(list, Source::Browser, self.questionnaire, self.standards);
        });
        self.tell(
            format!("From this browser: {}.", added_words(&tally)),
            false,
        );
        self.changed();
    }

    pub fn add_survey_2010(self) {
        let mut tally = Tally::default();
        self.set
            .update(|s| tally = s.add_survey_2010(self.questionnaire, self.standards));
        self.tell(
            format!(
                "The Hertfordshire 2010 respondents: {}.",
                added_words(&tally)
            ),
            false,
        );
        self.changed();
    }

    pub fn choose_set_aside(self, i: usize) {
        let mut chosen = None;
        self.set.update(|s| {
            let source = s.set_aside().get(i).map(|a| a.body.source.label());
            if s.choose_set_aside(i) {
                chosen = source;
            }
        });
        match chosen {
            Some(source) => {
                self.tell(
                    format!("The picture now shows the copy from {source}; the other copy is set aside."),
                    false,
                );
                self.changed();
            }
            None => self.tell(
                "That copy also matches another body in the picture, so it cannot replace this one. Take that body out first.",
                true,
            ),
        }
    }

    pub fn dismiss_set_aside(self, i: usize) {
        self.set.update(|s| s.dismiss_set_aside(i));
        self.tell("The copy was left out.", false);
        self.changed();
    }

    pub fn remove(self, assessment_id: &str) {
        self.set.update(|s| s.remove(assessment_id));
        self.show_all_if_none_shown();
        self.tell("Taken out of the picture.", false);
        self.changed();
    }

    /// Empties the picture; this tab's and any copy stored in this browser are forgotten too.
    pub fn clear(self) {
        self.set.update(CountySet::clear);
        self.set_filter(BodyFilter::All);
        self.hold("", "");
        self.tell("The picture is empty again.", false);
        if self.in_browser.get_untracked() {
            self.store_in_browser(false);
        }
    }

    /// A filter on a kind no longer in the set would show nothing.
    fn show_all_if_none_shown(self) {
        let none = self.current.with_untracked(Vec::is_empty);
        if self.filter.get_untracked() != BodyFilter::All && none {
            self.set_filter(BodyFilter::All);
        }
    }

    pub fn set_filter(self, filter: BodyFilter) {
        browser::location::replace_fragment(&filter.to_fragment());
        self.filter.set(filter);
    }

    pub fn set_with_personal(self, on: bool) {
        self.with_personal.set(on);
    }

    /// Stores the set in this browser from now on, or forgets the stored copy.
    pub fn store_in_browser(self, on: bool) {
        self.in_browser.set(on);
        self.hold_in_browser_choice(on);
        if on {
            self.save(self.encoded().as_ref().map(|(json, _)| json.as_str()));
        } else if let Err(e) = storage::remove(BROWSER_SET_KEY) {
            self.tell(
                format!("The copy stored in this browser could not be removed: {e}."),
                true,
            );
        }
    }

    /// Holds the new set for this tab, and keeps it if asked to: one
    /// encoding for both.
    fn changed(self) {
        let encoded = self.encoded();
        let (json, tags) = encoded
            .as_ref()
            .map_or(("", ""), |(json, tags)| (json.as_str(), tags.as_str()));
        // Emptied, it is held empty, so that the stored set does not return.
        self.hold(json, tags);
        if self.in_browser.get_untracked() {
            self.save(encoded.as_ref().map(|(json, _)| json.as_str()));
        }
    }

    /// Holds the set for this tab, where the report page and a reload find
    /// it: a collection, and where each assessment came from, a line each.
    fn hold(self, json: &str, tags: &str) {
        self.notices
            .told(lost::TAB_SET, handover::put_county_set(json, tags));
    }

    /// The set as one collection, names and contacts included, with where
    /// each assessment came from; none when empty, since an empty
    /// collection is not a file this app reads back. The duplicates set
    /// aside follow the bodies, so that reading it back sets them aside
    /// again.
    fn encoded(self) -> Option<(String, String)> {
        self.set.with_untracked(|s| {
            if s.is_empty() {
                return None;
            }
            let all: Vec<&CountyBody> = s
                .bodies()
                .iter()
                .chain(s.set_aside().iter().map(|a| &a.body))
                .collect();
            let assessments: Vec<&Assessment> = all.iter().map(|b| &b.assessment).collect();
            let tags: Vec<String> = all.iter().map(|b| b.source.tag()).collect();
            // Pretty, as the downloads are: a second, compact encoder
            // added 2.5 KB to the report page's download.
            let json = self.report.with_untracked(|report| {
                encode_collection(
                    &assessments,
                    self.questionnaire,
                    self.standards,
                    &browser::now_iso(),
                    true,
                    Some(report),
                )
            });
            Some((json, tags.join("\n")))
        })
    }

    /// This tab's choice to keep its set, for its other county page.
    fn hold_in_browser_choice(self, on: bool) {
        self.notices
            .told(lost::STORE_CHOICE, handover::put_county_in_browser(on));
    }

    /// Stores the set in this browser; none to store removes the stored copy.
    /// A failure is said once (and the intake's summary and failures stay).
    fn save(self, json: Option<&str>) {
        match json {
            Some(json) => self
                .notices
                .told(lost::STORED_SET, storage::write(BROWSER_SET_KEY, json)),
            None => self
                .notices
                .told(lost::STORED_SET_REMOVED, storage::remove(BROWSER_SET_KEY)),
        }
    }

    /// A new message replaces the last one, and the last batch's failures.
    pub fn tell(self, text: impl Into<String>, is_error: bool) {
        self.intake.set(None);
        self.notices.tell(text, is_error);
    }
}
