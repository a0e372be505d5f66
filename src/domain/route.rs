//! The routes of the app's pages and their URL fragments (`#/q/q2`), so that
//! the browser's Back button, bookmarks and reloads all land on the right
//! page. A route belongs to one page of the list (`super::pages`); a link to
//! another page's route is a relative URL (`results/#/results`), and a page
//! opened at another's route goes there.

pub use super::pages::Page;

impl Page {
    /// Where the page opens when its URL names no route of its own.
    pub fn home(self) -> Route {
        match self {
            Page::Assess => Route::Start,
            Page::Results => Route::Results,
            Page::Present => Route::Present(None),
            Page::County => Route::County,
            Page::CountyReport => Route::CountyReport,
            Page::Sector => Route::Sector,
            Page::Collect => Route::Collect,
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
    /// Presentation mode: the room's window, the slide alone.
    Audience,
    /// The county picture: adding assessments (a page without routes).
    County,
    /// The county report (a page without routes).
    CountyReport,
    /// The sector's page (no routes: its fragment is the invitation).
    Sector,
    /// The collector's page (no routes: its fragment is the invitation).
    Collect,
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
            Route::County => Page::County,
            Route::CountyReport => Page::CountyReport,
            Route::Sector => Page::Sector,
            Route::Collect => Page::Collect,
            Route::Assessments
            | Route::Start
            | Route::Tasks
            | Route::Question(_)
            | Route::Check => Page::Assess,
        }
    }

    /// A link to this route from `from`: the fragment alone on the same
    /// page, a relative URL to another (so the site works from any folder).
    pub fn href(&self, from: Page) -> String {
        self.page().href(from, &self.to_fragment())
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
            Route::County | Route::CountyReport | Route::Sector | Route::Collect => String::new(),
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
