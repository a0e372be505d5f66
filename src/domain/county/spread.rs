//! Where each body sits: the bodies by their overall figure (points as a
//! share of the 26 possible), in bands of ten, so the spread shows and not
//! only a total.

use super::body::CountyBody;
use crate::domain::order;
use crate::domain::scoring::Summary;

/// The bands: 0-9%, 10-19%, ... 90-100%.
pub const BANDS: usize = 10;

#[derive(Debug, Clone, PartialEq)]
pub struct Band<'a> {
    /// "0–9%".
    pub label: String,
    pub bodies: Vec<&'a CountyBody>,
}

pub fn overall(body: &CountyBody) -> u32 {
    Summary::of(&body.scores).percent
}

/// The bodies in each band, lowest first.
pub fn score_spread<'a>(bodies: &[&'a CountyBody]) -> Vec<Band<'a>> {
    let mut bands: Vec<Band<'a>> = (0..BANDS)
        .map(|i| Band {
            label: if i + 1 == BANDS {
                "90\u{2013}100%".to_string()
            } else {
                format!("{}\u{2013}{}%", i * 10, i * 10 + 9)
            },
            bodies: Vec::new(),
        })
        .collect();
    for b in bodies {
        let band = (overall(b) as usize / 10).min(BANDS - 1);
        bands[band].bodies.push(b);
    }
    bands
}

/// The middle body's overall figure (the lower middle of an even count).
pub fn median(bodies: &[&CountyBody]) -> Option<u32> {
    let mut all: Vec<u32> = bodies.iter().map(|b| overall(b)).collect();
    order::sort_by_key(&mut all, |&n| n);
    all.get(all.len().checked_sub(1)? / 2).copied()
}
