/// Where a slide is drawn: each place shows the same slide, and differs in
/// what can be pressed and what has an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideMode {
    /// The room's window: nothing to press, no focus ring on the wall.
    Wall,
    /// The presenter's current slide: options can be clicked.
    Stage,
    /// The presenter's small view of the next slide: a picture only.
    Preview,
}

impl SlideMode {
    pub fn interactive(self) -> bool {
        self == SlideMode::Stage
    }

    /// Ids (the heading focus goes to, labels) once per page: not in the preview.
    pub fn id(self, id: &str) -> Option<String> {
        (self != SlideMode::Preview).then(|| id.to_string())
    }
}
