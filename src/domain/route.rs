//! The pages of the app and their URL fragments (`#/q/q2`), so that the
//! browser's Back button, bookmarks and reloads all land on the right page.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Assessments,
    Start,
    Tasks,
    Question(String),
    Check,
    Results,
    /// Presentation mode: the facilitator's window, with controls and notes.
    Present,
    /// Presentation mode: the audience's window, the slide alone.
    Audience,
}

impl Route {
    /// The two presentation pages, drawn outside the usual layout.
    pub fn is_presentation(&self) -> bool {
        matches!(self, Route::Present | Route::Audience)
    }

    pub fn to_fragment(&self) -> String {
        match self {
            Route::Assessments => "#/assessments".into(),
            Route::Start => "#/start".into(),
            Route::Tasks => "#/tasks".into(),
            Route::Question(id) => format!("#/q/{id}"),
            Route::Check => "#/check".into(),
            Route::Results => "#/results".into(),
            Route::Present => "#/present".into(),
            Route::Audience => "#/present/audience".into(),
        }
    }

    /// Parses a fragment; `is_question` says which question ids exist.
    pub fn parse(fragment: &str, is_question: impl Fn(&str) -> bool) -> Option<Route> {
        let path = fragment.trim_start_matches('#').trim_start_matches('/');
        match path.split_once('/') {
            Some(("q", id)) if is_question(id) => Some(Route::Question(id.to_string())),
            Some(("present", "audience")) => Some(Route::Audience),
            Some(_) => None,
            None => match path {
                "assessments" => Some(Route::Assessments),
                "start" => Some(Route::Start),
                "tasks" => Some(Route::Tasks),
                "check" => Some(Route::Check),
                "results" => Some(Route::Results),
                "present" => Some(Route::Present),
                _ => None,
            },
        }
    }
}
