//! Issue 6: the parsers that take user text get arbitrary input (unicode included) and must never
//! panic; a few properties pin what they accept.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use oauthctl::commands::authorize::{check_client_id, parse_authorization_url};
use oauthctl::timeutil::{parse_span, parse_time, Span};
use oauthctl::transport::url::parse_base_url;
use oauthctl::validate;
use proptest::prelude::*;

/// Text that looks like a duration some of the time: digits, units, junk and unicode digits.
fn span_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[0-9]{0,25}",
            "(s|sec|m|min|h|hr|d|day|days|w|wk|mo|mon|month|y|yr|year|years|x|µs|ms)",
            "[ \\t\\-+.,]",
            "[٠-٩０-９]{1,3}",
            "\\PC{0,3}",
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

/// Text that looks like a URL some of the time.
fn url_like() -> impl Strategy<Value = String> {
    (
        "(https?|ftp|file|javascript|HTTP|HtTpS|)(:|://|:/|)",
        "(\\[[0-9a-f:]{0,20}\\]|[a-zA-Z0-9.\\-_~%@:ü€]{0,30}|127\\.0\\.0\\.1|localhost|0\\.0\\.0\\.0)",
        "(:[0-9]{0,7})?",
        "(/[^?#]{0,20}){0,3}",
        "(\\?[^#]{0,40})?",
        "(#\\PC{0,10})?",
    )
        .prop_map(|(a, b, c, d, e, f)| format!("{a}{b}{c}{d}{e}{f}"))
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "\\PC{0,40}", span_like(), url_like()]
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 12, 0, 0).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    // ---------- never a panic ----------

    #[test]
    fn no_parser_panics_on_any_text(s in any_text()) {
        let _ = parse_span(&s);
        let _ = parse_time(&s, now());
        let _ = validate::redirect_uri("redirectUris", &s);
        let _ = validate::scope_token(&s);
        let _ = validate::client_id(&s);
        let _ = validate::cors_origin(&s);
        let _ = parse_authorization_url(&s);
        let _ = check_client_id(&s);
        let _ = parse_base_url(&s);
    }

    #[test]
    fn url_parsers_do_not_panic_on_url_like_text(s in url_like()) {
        let _ = validate::redirect_uri("redirectUris", &s);
        let _ = validate::cors_origin(&s);
        let _ = parse_authorization_url(&s);
        let _ = parse_base_url(&s);
    }

    #[test]
    fn span_parser_does_not_panic_and_stays_in_bounds(s in span_like()) {
        if let Ok(span) = parse_span(&s) {
            prop_assert!(span.seconds >= 0, "{s:?} → {span:?}");
            prop_assert!(span.seconds <= 100 * 366 * 86_400, "{s:?} → {span:?}");
            prop_assert!(span.months <= 1200, "{s:?} → {span:?}");
            // Applying it to a time never panics either.
            let _ = span.after(now());
            let _ = span.before(now());
        }
    }

    // ---------- durations ----------

    #[test]
    fn days_are_86400_seconds(n in 1i64..10_000) {
        prop_assert_eq!(parse_span(&format!("{n}d")), Ok(Span { months: 0, seconds: n * 86_400 }));
    }

    #[test]
    fn months_and_years_are_calendar_months(m in 1u32..=1200, y in 1u32..=100) {
        prop_assert_eq!(parse_span(&format!("{m}mo")), Ok(Span { months: m, seconds: 0 }));
        prop_assert_eq!(parse_span(&format!("{y}y")), Ok(Span { months: 12 * y, seconds: 0 }));
    }

    #[test]
    fn units_add_up(h in 0i64..1000, m in 0i64..1000, w in 0i64..100) {
        prop_assert_eq!(
            parse_span(&format!("{w}w{h}h{m}m")),
            Ok(Span { months: 0, seconds: w * 604_800 + h * 3600 + m * 60 })
        );
    }

    #[test]
    fn surrounding_whitespace_does_not_matter(s in span_like(), pre in "[ \\t]{0,3}", post in "[ \\t\\n]{0,3}") {
        prop_assert_eq!(parse_span(&format!("{pre}{s}{post}")).ok(), parse_span(s.trim()).ok());
    }

    #[test]
    fn a_number_without_unit_or_negative_is_rejected(n in 0u64..1_000_000) {
        prop_assert!(parse_span(&n.to_string()).is_err());
        let neg = format!("-{n}d");
        prop_assert!(parse_span(&neg).is_err());
    }

    // ---------- times ----------

    #[test]
    fn dates_are_midnight_utc(days in 0i64..100_000) {
        let d = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Duration::days(days);
        let t = parse_time(&d.format("%Y-%m-%d").to_string(), now()).unwrap();
        prop_assert_eq!(t, d.and_hms_opt(0, 0, 0).unwrap().and_utc());
    }

    #[test]
    fn rfc3339_round_trips(secs in 0i64..5_000_000_000, offset_min in -720i32..=720) {
        let t = Utc.timestamp_opt(secs, 0).unwrap();
        let tz = chrono::FixedOffset::east_opt(offset_min * 60).unwrap();
        let text = t.with_timezone(&tz).to_rfc3339();
        prop_assert_eq!(parse_time(&text, now()), Ok(t));
    }

    #[test]
    fn now_in_any_case_is_now(s in "[nN][oO][wW]", pad in " {0,2}") {
        prop_assert_eq!(parse_time(&format!("{pad}{s}{pad}"), now()), Ok(now()));
    }

    // ---------- redirect URIs, CORS origins, base URLs ----------

    #[test]
    fn https_urls_are_valid_redirect_uris(
        host in "[a-z][a-z0-9]{0,15}(\\.[a-z][a-z0-9]{1,10}){0,3}",
        port in proptest::option::of(1u16..),
        path in "(/[a-zA-Z0-9_.~-]{0,10}){0,4}",
        query in proptest::option::of("[a-z]{1,5}=[a-z0-9]{0,5}"),
    ) {
        let mut u = format!("https://{host}");
        if let Some(p) = port { u.push_str(&format!(":{p}")); }
        u.push_str(&path);
        if let Some(q) = query { u.push('?'); u.push_str(&q); }
        prop_assert!(validate::redirect_uri("redirectUris", &u).is_ok(), "{u}");
        // A fragment is never allowed.
        let with_fragment = format!("{u}#frag");
        prop_assert!(validate::redirect_uri("redirectUris", &with_fragment).is_err());
    }

    #[test]
    fn plain_http_redirect_uris_only_on_loopback(
        host in "[a-z][a-z0-9]{0,12}\\.(com|org|net|io)",
        port in 1u16..,
        path in "(/[a-z]{0,8}){0,2}",
        a in 0u8..=255, b in 0u8..=255, c in 1u8..=254,
    ) {
        let public = format!("http://{host}:{port}{path}");
        prop_assert!(validate::redirect_uri("redirectUris", &public).is_err(), "{public}");
        for lo in [format!("127.{a}.{b}.{c}"), "localhost".to_string(), "[::1]".to_string()] {
            let u = format!("http://{lo}:{port}{path}");
            prop_assert!(validate::redirect_uri("redirectUris", &u).is_ok(), "{u}");
        }
    }

    #[test]
    fn origins_are_scheme_host_port_only(
        scheme in "https?",
        host in "[a-z][a-z0-9]{0,12}\\.(com|org|example)",
        port in 1024u16..,
        path in "/[a-z]{1,8}",
    ) {
        let origin = format!("{scheme}://{host}:{port}");
        prop_assert!(validate::cors_origin(&origin).is_ok(), "{origin}");
        let with_path = format!("{origin}{path}");
        prop_assert!(validate::cors_origin(&with_path).is_err(), "{with_path}");
    }

    #[test]
    fn base_urls_https_anywhere_http_only_on_loopback(
        host in "[a-z][a-z0-9]{0,12}\\.(com|org|net)",
        port in 1u16..,
        b in 0u8..=255, c in 1u8..=254,
    ) {
        let https = format!("https://{host}:{port}");
        prop_assert!(parse_base_url(&https).is_ok(), "{https}");
        let http = format!("http://{host}:{port}");
        prop_assert!(parse_base_url(&http).is_err(), "{http}");
        let lo = format!("http://127.0.{b}.{c}:{port}");
        prop_assert!(parse_base_url(&lo).is_ok(), "{lo}");
        let any = format!("http://0.0.0.0:{port}");
        prop_assert!(parse_base_url(&any).is_err(), "{any}");
    }

    // ---------- scopes and client IDs ----------

    #[test]
    fn scope_tokens_are_printable_ascii_without_space_quote_backslash(s in "[!#-\\[\\]-~]{1,40}") {
        prop_assert!(validate::scope_token(&s).is_ok(), "{s:?}");
    }

    #[test]
    fn a_scope_with_a_space_is_rejected(a in "\\PC{0,10}", b in "\\PC{0,10}", sp in "[ \\t\\n]") {
        let s = format!("{a}{sp}{b}");
        prop_assert!(validate::scope_token(&s).is_err(), "{s:?}");
    }

    #[test]
    fn a_scope_with_a_quote_backslash_or_non_ascii_is_rejected(
        a in "[a-z]{0,5}", b in "[a-z]{0,5}", bad in "[\"\\\\é€\\u{7f}\\u{0}]",
    ) {
        let s = format!("{a}{bad}{b}");
        prop_assert!(validate::scope_token(&s).is_err(), "{s:?}");
    }

    #[test]
    fn client_ids_are_1_to_128_unreserved_characters(
        ok in "[A-Za-z0-9._~-]{1,128}",
        long in "[A-Za-z0-9]{129,200}",
        pre in "[a-z]{0,4}", bad in "[ /?#%:@é+]", post in "[a-z]{0,4}",
    ) {
        prop_assert!(validate::client_id(&ok).is_ok(), "{ok:?}");
        prop_assert!(validate::client_id(&long).is_err());
        let s = format!("{pre}{bad}{post}");
        prop_assert!(validate::client_id(&s).is_err(), "{s:?}");
        prop_assert!(validate::client_id("").is_err());
    }

    #[test]
    fn uuids_pass_the_hex_id_check(bytes in any::<[u8; 16]>(), upper in any::<bool>()) {
        let h: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let mut id = format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32]);
        if upper { id = id.to_uppercase(); }
        prop_assert!(check_client_id(&id).is_ok(), "{id}");
        // Dropping a character from the last group makes it a precise error.
        let short = &id[..id.len() - 1];
        prop_assert!(check_client_id(short).is_err(), "{short}");
    }

    #[test]
    fn check_client_id_implies_a_valid_client_id(s in any_text()) {
        if check_client_id(&s).is_ok() {
            prop_assert!(validate::client_id(&s).is_ok(), "{s:?}");
        }
    }

    // ---------- authorization URLs ----------

    #[test]
    fn authorization_urls_give_back_their_client_id_and_scopes(
        host in "[a-z]{1,10}\\.example\\.com",
        client_id in "[A-Za-z0-9._~-]{1,40}",
        scopes in prop::collection::vec("[!#-\\[\\]-~]{1,15}", 0..5),
        extra in "[a-z]{1,8}",
    ) {
        let mut u = url::Url::parse(&format!("https://{host}/oauth/authorize")).unwrap();
        u.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &client_id)
            .append_pair("state", &extra);
        if !scopes.is_empty() {
            u.query_pairs_mut().append_pair("scope", &scopes.join(" "));
        }
        let (id, got) = parse_authorization_url(u.as_str()).unwrap();
        prop_assert_eq!(id, client_id);
        prop_assert_eq!(got, scopes);
    }

    #[test]
    fn authorization_urls_without_client_id_are_rejected(
        host in "[a-z]{1,10}\\.example\\.com",
        query in "(scope=[a-z]{1,5}&)?(state=[a-z]{0,5})?(&client_id=)?",
    ) {
        let u = format!("https://{host}/authorize?{query}");
        prop_assert!(parse_authorization_url(&u).is_err(), "{u}");
    }
}
