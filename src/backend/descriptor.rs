//! What a kind of admin API says about itself: one [`Descriptor`] per backend module, listed once
//! in [`super::KINDS`]. The settings, the command line (`--api`'s values), `profiles add`'s
//! detection, name resolution and the checks made before any prompt all read it, so nothing
//! outside the kind's module names the kind.

use serde_json::{Map, Value};

use super::{Backend, Capability};
use crate::config::{ApiKind, KindConventions, Settings};
use crate::error::BackendError;
use crate::output::Printer;
use crate::transport::http::Http;

/// One kind of admin API, as its module declares it.
pub struct Descriptor {
    /// Name, help line, default issuer and token-endpoint conventions (what the settings read).
    pub conventions: KindConventions,
    /// What the kind can do beyond the clients every kind manages ([`Capability`]); exactly what
    /// its backend overrides of the trait's capability methods.
    pub capabilities: &'static [Capability],
    /// The client fields (names of `-o json`, see [`crate::model::CLIENT_FIELDS`]) that `apply`
    /// and `export` carry for this kind; a file that sets another is refused before any request.
    pub fields: &'static [&'static str],
    /// The client fields the kind cannot store as given, and why: checked before any prompt or
    /// request ([`check_fields`]). A field not listed is stored as given.
    pub rules: &'static [FieldRule],
    /// How `profiles add` recognises the kind from unauthenticated GETs; None: never guessed.
    pub probe: Option<Probe>,
    /// Which clients a name is looked up among, for `resolve` and its hints, with `{tenant}`
    /// replaced: "in tenant {tenant}", or "among the clients registered from this machine".
    pub clients_where: &'static str,
    /// Whether the kind's client IDs are lower-case UUIDs that may be typed in any case.
    pub lowercase_uuids: bool,
    /// Clients asked for per request by `clients list`: the default, the largest page the kind
    /// serves cheaply (so a list takes as few round trips as it can), and the most the server
    /// accepts (a larger `--page-size` is lowered to it).
    pub page_size: PageSize,
    /// Whether the server keeps secret values its admins can read back (else it keeps a hash,
    /// and a value oauthctl shows once is gone once shown).
    pub readable_secrets: bool,
    /// The clients the server itself owns and needs (Keycloak's `realm-management`,
    /// `admin-cli`, …), by client ID in any case; `*-SUFFIX` matches a suffix. oauthctl's bulk
    /// commands leave them alone: `apply --prune` never deletes them, `export` never writes them,
    /// a file may not declare them, `secrets rotate --all` and the expiry watch pass them by.
    /// `clients list` and `clients show` still show them.
    pub server_clients: &'static [&'static str],
    /// Builds the backend, with the HTTP client and the command's printer (for notes and
    /// warnings); nothing is sent yet.
    pub connect: fn(&Settings, Http, Printer) -> Box<dyn Backend>,
}

impl Descriptor {
    /// Whether `client_id` is one of the server's own clients ([`Descriptor::server_clients`]).
    pub fn owns(&self, client_id: &str) -> bool {
        self.server_clients
            .iter()
            .any(|p| match p.strip_prefix('*') {
                Some(suffix) => {
                    client_id.len() > suffix.len()
                        && client_id
                            .get(client_id.len() - suffix.len()..)
                            .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
                }
                None => client_id.eq_ignore_ascii_case(p),
            })
    }

    /// The kind, as the settings see it.
    pub fn kind(&'static self) -> ApiKind {
        ApiKind::new(&self.conventions)
    }

    /// `clients_where` for a tenant.
    pub fn clients_where(&self, tenant: &str) -> String {
        self.clients_where.replace("{tenant}", tenant)
    }
}

/// Clients per request of a kind's list: `default` without `--page-size`, at most `max`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSize {
    pub default: usize,
    pub max: usize,
}

/// What a kind does with a client field it cannot store as given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rule {
    /// Not stored: it must be left out (or empty).
    Absent,
    /// A yes/no the server decides for every client: only this value is accepted.
    Fixed(bool),
    /// A list of which the server keeps one value.
    AtMostOne,
    /// Not stored apart: it must equal this other field (`displayName` = `clientName`).
    SameAs(&'static str),
    /// Not stored apart: it follows the grant types (offline access is the `refresh_token`
    /// grant); given with them, it must agree.
    FollowsRefreshGrant,
    /// The server needs a value: a request that sets it empty (a new client without it) is
    /// refused. A dialogue asks for it first ([`given_fields`]).
    Required,
}

/// One line of a kind's field table.
#[derive(Debug, Clone, Copy)]
pub struct FieldRule {
    /// The field, as named in `-o json`.
    pub field: &'static str,
    pub rule: Rule,
    /// Why, in the kind's words ("glewlwyd keeps no CORS origins per client").
    pub why: &'static str,
}

/// A field refused by a kind's field table: what [`check_fields`] found, before anything was
/// sent. It names the field (`allowedCorsOrigins`); a command says it as its flag.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldRefusal {
    pub kind: ApiKind,
    pub field: &'static str,
    /// The value that was given, as JSON.
    pub given: Value,
    pub rule: Rule,
    pub why: &'static str,
}

impl FieldRefusal {
    /// The error, with `name` how the user gave the field (a flag, or the field itself).
    pub fn error(&self, name: &str) -> BackendError {
        let hint = match self.rule {
            Rule::Fixed(v) => format!(
                "leave out {name} (on {} it is always {})",
                self.kind,
                if v { "on" } else { "off" }
            ),
            Rule::AtMostOne => format!("give {name} once"),
            Rule::SameAs(other) => format!("leave out {name}; {other} is used"),
            Rule::FollowsRefreshGrant => {
                "give the refresh_token grant type for offline access instead".to_string()
            }
            Rule::Absent => format!(
                "leave out {name}: the {} admin API cannot store it",
                self.kind
            ),
            Rule::Required => format!("give {name}, at least one value"),
        };
        BackendError::Unsupported {
            message: format!("{name}: {}; nothing was sent", self.why),
            hint: Some(hint),
            field: Some(self.field),
        }
    }
}

/// The fields of a create or update request (its camelCase JSON) that `rules` refuse; the first.
pub fn check_fields(
    kind: ApiKind,
    rules: &[FieldRule],
    request: &dyn super::erased::Request,
) -> Option<FieldRefusal> {
    let Value::Object(given) = request.as_json() else {
        return None;
    };
    check_map(kind, rules, &given, request.creates())
}

/// [`check_fields`] of what a request gives, leaving out what it lacks ([`Rule::Required`]): the
/// check before a dialogue, which asks for what is missing (then the whole request is checked).
pub fn given_fields(
    kind: ApiKind,
    rules: &[FieldRule],
    request: &dyn super::erased::Request,
) -> Option<FieldRefusal> {
    let given: Vec<FieldRule> = rules
        .iter()
        .filter(|r| r.rule != Rule::Required)
        .copied()
        .collect();
    check_fields(kind, &given, request)
}

/// `creates`: the request makes a new client, so a field it leaves out is one the client lacks
/// (in an update, one left unchanged).
fn check_map(
    kind: ApiKind,
    rules: &[FieldRule],
    given: &Map<String, Value>,
    creates: bool,
) -> Option<FieldRefusal> {
    for r in rules {
        let Some(v) = given.get(r.field).or(
            // A new client without a field the server needs.
            (creates && r.rule == Rule::Required).then_some(&Value::Null),
        ) else {
            continue;
        };
        let refused = match r.rule {
            Rule::Absent => match v {
                Value::Null => false,
                Value::Array(a) => !a.is_empty(),
                Value::String(s) => !s.is_empty(),
                _ => true,
            },
            Rule::Fixed(fixed) => v.as_bool().is_some_and(|b| b != fixed),
            Rule::AtMostOne => v.as_array().is_some_and(|a| a.len() > 1),
            Rule::SameAs(other) => given.get(other).is_some_and(|o| o != v),
            Rule::Required => match v {
                Value::Null => true,
                Value::Array(a) => a.is_empty(),
                Value::String(s) => s.is_empty(),
                _ => false,
            },
            Rule::FollowsRefreshGrant => match (v.as_bool(), given.get("allowedGrantTypes")) {
                (Some(offline), Some(Value::Array(grants))) => {
                    offline != grants.iter().any(|g| g == "refresh_token")
                }
                _ => false,
            },
        };
        if refused {
            return Some(FieldRefusal {
                kind,
                field: r.field,
                given: v.clone(),
                rule: r.rule,
                why: r.why,
            });
        }
    }
    None
}

/// How `profiles add` recognises a kind: unauthenticated GETs below the base URL, and what their
/// answers must show.
pub struct Probe {
    /// Paths below the base URL (`{tenant}` is replaced, encoded), sent with every other kind's
    /// at once.
    pub paths: &'static [&'static str],
    /// A standard that many servers speak (RFC 7591): tried after every kind of one product.
    pub generic: bool,
    /// Why the answers show the kind, or None.
    pub matches: fn(&Answers) -> Option<String>,
}

/// One answer to a probe's GET.
#[derive(Debug, Clone)]
pub struct Answer {
    pub url: String,
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
}

impl Answer {
    /// The body as JSON, for a 2xx answer.
    pub fn json(&self) -> Option<Value> {
        if !(200..300).contains(&self.status) {
            return None;
        }
        serde_json::from_slice(&self.body).ok()
    }
}

/// The answers to every probe's paths, by path.
pub struct Answers<'a> {
    pub by_path: &'a [(&'static str, Result<Answer, String>)],
}

impl Answers<'_> {
    /// The answer to `path`, when one came.
    pub fn get(&self, path: &str) -> Option<&Answer> {
        self.by_path
            .iter()
            .find(|(p, _)| *p == path)
            .and_then(|(_, a)| a.as_ref().ok())
    }
}

/// `--api`'s values and their help, from the list of kinds.
pub fn value_parser() -> impl clap::builder::TypedValueParser<Value = ApiKind> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser as _};
    PossibleValuesParser::new(
        super::KINDS
            .iter()
            .map(|d| PossibleValue::new(d.conventions.name).help(d.conventions.help)),
    )
    .map(|name| super::kind_named(&name).unwrap_or_else(super::default_kind))
}

/// `--api`'s help: the default is the first kind.
pub fn api_help() -> String {
    format!(
        "The kind of admin API the server speaks [default: {}]",
        super::default_kind()
    )
}

/// `--issuer`'s help: the kinds whose OAuth endpoints are elsewhere than the base URL.
pub fn issuer_help() -> String {
    let elsewhere: Vec<String> = super::KINDS
        .iter()
        .filter(|d| d.conventions.default_issuer != "{base}")
        .map(|d| {
            format!(
                "{} with --api {}",
                d.conventions.default_issuer, d.conventions.name
            )
        })
        .collect();
    let mut help = String::from(
        "Where the OAuth endpoints (metadata, token endpoint) are, when not at the base URL [default: the base URL",
    );
    for e in elsewhere {
        help.push_str("; ");
        help.push_str(&e);
    }
    help.push(']');
    help
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CreateClientRequest, UpdateClientRequest};

    const NEEDS_REDIRECT: &[FieldRule] = &[FieldRule {
        field: "redirectUris",
        rule: Rule::Required,
        why: "the server needs one",
    }];

    fn kind() -> ApiKind {
        crate::backend::KINDS[0].kind()
    }

    #[test]
    fn a_server_owns_its_listed_clients_in_any_case_and_by_suffix() {
        let d = &crate::backend::keycloak::DESCRIPTOR;
        assert!(d.owns("realm-management") && d.owns("Admin-CLI") && d.owns("prod-realm"));
        assert!(!d.owns("my-app") && !d.owns("-realm") && !d.owns("realm"));
        assert!(!crate::backend::KINDS[0].owns("admin-cli"));
    }

    #[test]
    fn a_required_field_is_needed_by_a_new_client_and_may_not_be_emptied_by_an_update() {
        let new = CreateClientRequest {
            client_name: "a".into(),
            ..Default::default()
        };
        let r = check_fields(kind(), NEEDS_REDIRECT, &new).unwrap();
        assert_eq!((r.field, r.rule), ("redirectUris", Rule::Required));
        assert!(r
            .error("redirectUris")
            .hint()
            .unwrap()
            .contains("give redirectUris"));
        // Before a dialogue, what is missing is not refused (it is asked for).
        assert!(given_fields(kind(), NEEDS_REDIRECT, &new).is_none());
        let with = CreateClientRequest {
            redirect_uris: vec!["https://a.example/cb".into()],
            ..new
        };
        assert!(check_fields(kind(), NEEDS_REDIRECT, &with).is_none());
        // An update that leaves it out leaves it as it is; one that empties it is refused.
        assert!(check_fields(kind(), NEEDS_REDIRECT, &UpdateClientRequest::default()).is_none());
        let emptied = UpdateClientRequest {
            redirect_uris: Some(vec![]),
            ..Default::default()
        };
        assert!(check_fields(kind(), NEEDS_REDIRECT, &emptied).is_some());
        assert!(given_fields(kind(), NEEDS_REDIRECT, &emptied).is_none());
    }
}
