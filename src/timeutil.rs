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

const UNITS: &str = "s, m, h, d, w, mo, y (for example 30d, 2w, 6mo, 1y6mo)";

/// Parses `6mo`, `30d`, `1y6mo`, `90m`, `2w`. Never panics on any input.
pub fn parse_span(input: &str) -> Result<Span, String> {
    let s = input.trim();
    if s.is_empty() {
        return Err(format!("empty duration; use a number and a unit: {UNITS}"));
    }
    // "3 months", "1 year 6 months": what it means, written as oauthctl takes it.
    if s.contains(char::is_whitespace) {
        let compact: String = s.split_whitespace().collect();
        return Err(match parse_span(&compact) {
            Ok(_) => format!(
                "{input:?} is not a duration: write it without spaces, as {}",
                short_form(&compact)
            ),
            Err(_) => format!(
                "{input:?} is not a duration: write a number and a unit without spaces; units are {UNITS}"
            ),
        });
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

/// A duration that parses, with each unit in its short form: `3months` → `3mo`, `1year6months` →
/// `1y6mo`.
fn short_form(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        out.push_str(&rest[..digits]);
        rest = &rest[digits..];
        let unit_len = rest.chars().take_while(char::is_ascii_alphabetic).count();
        out.push_str(match &rest[..unit_len] {
            "s" | "sec" | "secs" => "s",
            "m" | "min" | "mins" => "m",
            "h" | "hr" | "hrs" => "h",
            "d" | "day" | "days" => "d",
            "w" | "wk" | "weeks" => "w",
            "mo" | "mon" | "month" | "months" => "mo",
            "y" | "yr" | "year" | "years" => "y",
            other => other,
        });
        rest = &rest[unit_len..];
    }
    out
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

/// "in 5mo", "3d ago": a rough, human distance from now, rounded to the nearest unit (a secret
/// made with `--expires-in 90d` a moment ago expires "in 3mo", not "in 2mo"; an overlap of `1d`
/// ends "in 1d", not "in 23h"). Each unit is used until the next one is a whole unit.
pub fn humanize(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    const MINUTE: i64 = 60;
    const HOUR: i64 = 3600;
    const DAY: i64 = 86_400;
    // The average month and year of the Gregorian calendar.
    const MONTH: i64 = 2_629_746;
    const YEAR: i64 = 31_556_952;
    let d = t - now;
    let secs = d.num_seconds().saturating_abs();
    let round = |unit: i64| secs.saturating_add(unit / 2) / unit;
    let amount = if secs < MINUTE {
        format!("{secs}s")
    } else if round(MINUTE) < 60 {
        format!("{}m", round(MINUTE))
    } else if round(HOUR) < 24 {
        format!("{}h", round(HOUR))
    } else if round(DAY) < 60 {
        format!("{}d", round(DAY))
    } else if round(MONTH) < 24 {
        format!("{}mo", round(MONTH))
    } else {
        format!("{}y", round(YEAR))
    };
    if secs == 0 {
        "now".to_string()
    } else if d.num_seconds() > 0 {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
}

/// RFC 3339 with milliseconds and a `Z`, as in ABBYY Vantage's example `2021-09-07T13:03:38.380Z`.
pub fn fmt_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
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
    fn a_duration_with_spaces_is_shown_as_written_without_them() {
        let e = parse_span("3 months").unwrap_err();
        assert!(e.contains("as 3mo"), "{e}");
        let e = parse_span("1 year 6 months").unwrap_err();
        assert!(e.contains("as 1y6mo"), "{e}");
        let e = parse_span("3 fortnights").unwrap_err();
        assert!(e.contains("without spaces"), "{e}");
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

    #[test]
    fn relative_times_round_to_the_nearest_unit() {
        let now = Utc::now();
        let h = |secs: i64| humanize(now + Duration::seconds(secs), now);
        // A few seconds after `--expires-in 90d` and `--overlap 1d`.
        let ninety_days = parse_span("90d").unwrap().after(now).unwrap();
        assert_eq!(humanize(ninety_days - Duration::seconds(3), now), "in 3mo");
        let one_day = parse_span("1d").unwrap().after(now).unwrap();
        assert_eq!(humanize(one_day - Duration::seconds(3), now), "in 1d");
        let six_months = parse_span("6mo").unwrap().after(now).unwrap();
        assert_eq!(humanize(six_months - Duration::seconds(3), now), "in 6mo");
        let week = parse_span("7d").unwrap().after(now).unwrap();
        assert_eq!(humanize(week - Duration::seconds(3), now), "in 7d");
        let three_years = parse_span("3y").unwrap().after(now).unwrap();
        assert_eq!(humanize(three_years - Duration::seconds(3), now), "in 3y");
        assert_eq!(h(0), "now");
        assert_eq!(h(30), "in 30s");
        assert_eq!(h(59), "in 59s");
        assert_eq!(h(89), "in 1m");
        assert_eq!(h(91), "in 2m");
        assert_eq!(h(3599), "in 1h");
        assert_eq!(h(90 * 60), "in 2h");
        assert_eq!(h(23 * 3600 + 20 * 60), "in 23h");
        assert_eq!(h(23 * 3600 + 40 * 60), "in 1d");
        assert_eq!(h(36 * 3600), "in 2d");
        assert_eq!(h(-3 * 86_400 - 100), "3d ago");
        assert_eq!(h(-45 * 86_400), "45d ago");
        assert_eq!(h(2 * 365 * 86_400), "in 2y");
        // Extreme values do not panic.
        let _ = humanize(DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC);
    }
}
