//! Dates as a day number from 1 January 2020, so that a response code
//! carries the day it was answered in 16 bits.

/// Days from the civil date, by Howard Hinnant's algorithm.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const EPOCH: i64 = 18_262; // 2020-01-01

/// The number the ASCII digits `b` write; none for anything else. Read by
/// hand, as the dates below are: string slicing and parsing would bring
/// their panic messages' formatting to the sector's phone page.
fn digits(b: &[u8]) -> Option<i64> {
    b.iter().try_fold(0i64, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0'))
    })
}

/// "2026-11-30" as days since 2020-01-01; none for anything else or out of range.
pub fn day_number(date: &str) -> Option<u16> {
    let b = date.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(&b[0..4])?, digits(&b[5..7])?, digits(&b[8..10])?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let days = u16::try_from(days_from_civil(y, m, d) - EPOCH).ok()?;
    // A day past the month's end rolls over: refuse it.
    (civil_from_days(days) == (y, m, d)).then_some(days)
}

/// The year, month and day of a day number.
fn civil_from_days(n: u16) -> (i64, i64, i64) {
    let z = i64::from(n) + EPOCH + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The date of a day number, "YYYY-MM-DD".
pub fn from_day_number(n: u16) -> String {
    let (y, m, d) = civil_from_days(n);
    format!("{y:04}-{m:02}-{d:02}")
}

pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "3 March 2026".
pub fn day_in_words(n: u16) -> String {
    let (y, m, d) = civil_from_days(n);
    let month = MONTHS.get(m as usize - 1).copied().unwrap_or_default();
    format!("{d} {month} {y}")
}

/// "2026-03-03" as "3 March 2026"; none for anything but a real date.
pub fn date_in_words(date: &str) -> Option<String> {
    day_number(date).map(day_in_words)
}

/// "on 3 March 2026", or "between 3 March 2026 and 20 March 2026".
pub fn between_days(first: u16, last: u16) -> String {
    if first == last {
        format!("on {}", day_in_words(first))
    } else {
        format!(
            "between {} and {}",
            day_in_words(first.min(last)),
            day_in_words(first.max(last))
        )
    }
}
