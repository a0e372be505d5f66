//! The pages of the app and their URL fragments (`#/q/q2`), so that the
//! browser's Back button, bookmarks and reloads all land on the right page.
//!
//! The app is three HTML pages, each with its own wasm, so that the first
//! question never waits for the results' charts or presentation mode: the
//! self-assessment (the site's folder), `results/` and `present/`. A route
//! belongs to one of them; a link to another page's route is a relative URL
//! (`results/#/results`), and a page opened at another's route goes there.

/// One of the app's HTML pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Assessments, questions and the check page: the site's folder.
    Assess,
    /// The results in full: `results/`.
    Results,
    /// Presentation mode, both windows: `present/`.
    Present,
}

impl Page {
    /// The page's folder, from the site's folder.
    fn folder(self) -> &'static str {
        match self {
            Page::Assess => "",
            Page::Results => "results/",
            Page::Present => "present/",
        }
    }

    /// From the page's folder back to the site's folder.
    pub fn to_site(self) -> &'static str {
        match self {
            Page::Assess => "",
            Page::Results | Page::Present => "../",
        }
    }

    /// Where the page opens when its URL names no route of its own.
    pub fn home(self) -> Route {
        match self {
            Page::Assess => Route::Start,
            Page::Results => Route::Results,
            Page::Present => Route::Present(None),
        }
    }
}

/// Where presentation mode begins when another page starts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// At this question, by its id.
    Question(String),
    /// At the revealed results.
    Results,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Assessments,
    Start,
    Tasks,
    Question(String),
    Check,
    Results,
    /// Presentation mode: the facilitator's window, with controls and notes;
    /// with an opening when it has just been started from another page.
    Present(Option<Opening>),
    /// Presentation mode: the audience's window, the slide alone.
    Audience,
}

impl Route {
    /// The two presentation pages, drawn outside the usual layout.
    pub fn is_presentation(&self) -> bool {
        matches!(self, Route::Present(_) | Route::Audience)
    }

    /// The route without its opening, once presentation mode has begun.
    pub fn settled(&self) -> Route {
        match self {
            Route::Present(_) => Route::Present(None),
            other => other.clone(),
        }
    }

    /// The HTML page that shows this route.
    pub fn page(&self) -> Page {
        match self {
            Route::Results => Page::Results,
            Route::Present(_) | Route::Audience => Page::Present,
            _ => Page::Assess,
        }
    }

    /// A link to this route from `from`: the fragment alone on the same
    /// page, a relative URL to another (so the site works from any folder).
    pub fn href(&self, from: Page) -> String {
        let fragment = self.to_fragment();
        if self.page() == from {
            fragment
        } else {
            format!("{}{}{fragment}", from.to_site(), self.page().folder())
        }
    }

    pub fn to_fragment(&self) -> String {
        match self {
            Route::Assessments => "#/assessments".into(),
            Route::Start => "#/start".into(),
            Route::Tasks => "#/tasks".into(),
            Route::Question(id) => format!("#/q/{id}"),
            Route::Check => "#/check".into(),
            Route::Results => "#/results".into(),
            Route::Present(None) => "#/present".into(),
            Route::Present(Some(Opening::Question(id))) => format!("#/present/q/{id}"),
            Route::Present(Some(Opening::Results)) => "#/present/results".into(),
            Route::Audience => "#/present/audience".into(),
        }
    }

    /// Parses a fragment; `is_question` says which question ids exist.
    pub fn parse(fragment: &str, is_question: impl Fn(&str) -> bool) -> Option<Route> {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("q", id)) if is_question(id) => Some(Route::Question(id.to_string())),
            Some(("present", "audience")) => Some(Route::Audience),
            Some(("present", "results")) => Some(Route::Present(Some(Opening::Results))),
            Some(("present", rest)) => match rest.split_once('/') {
                Some(("q", id)) if is_question(id) => {
                    Some(Route::Present(Some(Opening::Question(id.to_string()))))
                }
                _ => None,
            },
            Some(_) => None,
            None => match path {
                "assessments" => Some(Route::Assessments),
                "start" => Some(Route::Start),
                "tasks" => Some(Route::Tasks),
                "check" => Some(Route::Check),
                "results" => Some(Route::Results),
                "present" => Some(Route::Present(None)),
                _ => None,
            },
        }
    }
}
