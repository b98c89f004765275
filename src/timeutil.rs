//! Times and durations typed by people: `6mo`, `30d`, `1y6mo`, `12h`; `2026-01-01`, RFC 3339, `now`.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};

/// A length of time in calendar months plus seconds, so that `6mo` is exactly six months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub months: u32,
    pub seconds: i64,
}

impl Span {
    pub fn after(self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        t.checked_add_months(Months::new(self.months))?
            .checked_add_signed(Duration::try_seconds(self.seconds)?)
    }
    pub fn before(self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        t.checked_sub_months(Months::new(self.months))?
            .checked_sub_signed(Duration::try_seconds(self.seconds)?)
    }
}

const UNITS: &str = "s, m, h, d, w, mo, y (for example 6mo, 30d, 1y6mo, 12h)";

/// Parses `6mo`, `30d`, `1y6mo`, `90m`, `2w`. Never panics on any input.
pub fn parse_span(input: &str) -> Result<Span, String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(format!("empty duration; use a number and a unit: {UNITS}"));
    }
    let mut span = Span::default();
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            return Err(format!(
                "{input:?} is not a duration: expected a number at {rest:?}; units are {UNITS}"
            ));
        }
        let n: i64 = rest[..digits]
            .parse()
            .ok()
            .filter(|n| *n <= 100_000)
            .ok_or_else(|| format!("{input:?} is not a duration: the number is too large"))?;
        rest = &rest[digits..];
        let unit_len = rest.chars().take_while(char::is_ascii_alphabetic).count();
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let add_secs = |secs: i64| n.checked_mul(secs);
        match unit {
            "s" | "sec" | "secs" => span.seconds += n,
            "m" | "min" | "mins" => span.seconds += add_secs(60).unwrap_or(i64::MAX / 4),
            "h" | "hr" | "hrs" => span.seconds += add_secs(3600).unwrap_or(i64::MAX / 4),
            "d" | "day" | "days" => span.seconds += add_secs(86_400).unwrap_or(i64::MAX / 4),
            "w" | "wk" | "weeks" => span.seconds += add_secs(604_800).unwrap_or(i64::MAX / 4),
            "mo" | "mon" | "month" | "months" => span.months += n as u32,
            "y" | "yr" | "year" | "years" => span.months += (n * 12) as u32,
            "" => return Err(format!("{input:?} has no unit; add one of {UNITS}")),
            other => {
                return Err(format!(
                    "{input:?}: unknown unit {other:?}; use one of {UNITS}"
                ))
            }
        }
        if span.seconds > 100 * 366 * 86_400 || span.months > 1200 {
            return Err(format!("{input:?} is longer than 100 years"));
        }
    }
    Ok(span)
}

/// Parses `now`, `2026-01-01` (midnight UTC) or an RFC 3339 time such as `2026-01-01T12:00:00Z`.
pub fn parse_time(input: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let s = input.trim();
    if s.eq_ignore_ascii_case("now") {
        return Ok(now);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if let Some(t) = d.and_hms_opt(0, 0, 0) {
            return Ok(t.and_utc());
        }
    }
    Err(format!(
        "{input:?} is not a time: use RFC 3339 (2026-01-31T12:00:00Z), a date (2026-01-31) or now"
    ))
}

/// "in 5 months", "3 days ago": a rough, human distance from now.
pub fn humanize(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let d = t - now;
    let secs = d.num_seconds().abs();
    let amount = if secs < 90 {
        format!("{secs}s")
    } else if secs < 90 * 60 {
        format!("{}m", secs / 60)
    } else if secs < 36 * 3600 {
        format!("{}h", secs / 3600)
    } else if secs < 60 * 86_400 {
        format!("{}d", secs / 86_400)
    } else if secs < 2 * 365 * 86_400 {
        format!("{}mo", secs / (30 * 86_400))
    } else {
        format!("{}y", secs / (365 * 86_400))
    };
    if d.num_seconds() >= 0 {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans() {
        assert_eq!(
            parse_span("6mo").unwrap(),
            Span {
                months: 6,
                seconds: 0
            }
        );
        assert_eq!(
            parse_span("1y6mo").unwrap(),
            Span {
                months: 18,
                seconds: 0
            }
        );
        assert_eq!(parse_span("30d").unwrap().seconds, 30 * 86_400);
        assert_eq!(parse_span("1h30m").unwrap().seconds, 5400);
        for bad in [
            "",
            "6",
            "mo",
            "6x",
            "-1d",
            "1.5d",
            "99999999999999999999d",
            "٣d",
        ] {
            assert!(parse_span(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times() {
        let now = Utc::now();
        assert_eq!(parse_time("now", now).unwrap(), now);
        assert_eq!(
            parse_time("2026-01-31", now).unwrap().to_rfc3339(),
            "2026-01-31T00:00:00+00:00"
        );
        assert!(parse_time("2026-01-31T12:00:00+02:00", now).is_ok());
        assert!(parse_time("tomorrow", now).is_err());
    }
}
