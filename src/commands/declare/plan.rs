//! Planning, with no I/O: the declared state and the server's current state in, the plan out.
//! Clients are matched by `clientName` (unique in a tenant), or by a pinned `clientId`.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

use super::file::{is_list_field, Declared, DeclaredClient, Problems};
use crate::model::{
    grant_follows, same_scopes, Authorization, Client, CreateClientRequest, Secret, Space,
    UpdateClientRequest,
};
use crate::timeutil::Span;
use crate::validate;

/// The clients oauthctl itself relies on: never changed, deleted or exported. Matched without
/// regard to case, as the dev server reserves their IDs.
pub fn is_builtin(id_or_name: &str) -> bool {
    let s = id_or_name.to_ascii_lowercase();
    s == "oauthctl-admin" || s.starts_with("oauthctl-admin-") || s == "oauthctl-cli"
}

fn builtin_client(c: &Client) -> bool {
    is_builtin(&c.client_id) || is_builtin(&c.client_name)
}

/// What the server holds now, read once per kind of list.
pub struct Current<'a> {
    /// Every client of the tenant.
    pub clients: &'a [Client],
    /// `None` when the kind has no authorizations.
    pub authorizations: Option<&'a [Authorization]>,
    /// The secrets of the clients with a rotation policy, and (where the kind keeps several
    /// secrets per client) of every confidential client the file names.
    pub secrets: &'a HashMap<String, Vec<Secret>>,
    /// `None` when the kind has no spaces.
    pub spaces: Option<&'a [Space]>,
    /// The names in the tenant's scope catalogue; `None` when the kind has none.
    pub scopes: Option<&'a [String]>,
    /// The tenant, for messages.
    pub tenant: &'a str,
}

pub struct Options {
    /// `--space`: the scope of the plan, and the space of entries without `spaceId`.
    pub space: Option<String>,
    pub prune: bool,
    /// The admin client oauthctl acts as: never pruned.
    pub acting: Option<String>,
    pub now: DateTime<Utc>,
    /// The kind has several secrets per client (rotation with an overlap).
    pub multiple_secrets: bool,
}

/// One field's change: its value now and in the file.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Change {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Create {
    #[serde(skip)]
    pub line: usize,
    pub client_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The fields sent (besides the name and ID).
    pub fields: Map<String, Value>,
    #[serde(skip)]
    pub request: CreateClientRequest,
    /// The lifetime of the first secret (the server's default when `None`).
    #[serde(skip)]
    pub secret_expires_in: Option<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rotate {
    /// Why: when the newest secret expires.
    pub reason: String,
    #[serde(skip)]
    pub expires_in: Option<Span>,
    #[serde(skip)]
    pub overlap: Option<Span>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Update {
    pub client_id: String,
    pub client_name: String,
    pub changes: Vec<Change>,
    #[serde(skip)]
    pub request: UpdateClientRequest,
    #[serde(skip)]
    pub current: Client,
    #[serde(skip)]
    pub rotate: Option<Rotate>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Delete {
    pub client_id: String,
    pub client_name: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthChange {
    /// put or delete
    pub action: &'static str,
    /// Empty for a client the plan creates without a pinned ID: known once it exists.
    pub client_id: String,
    /// A declared client's grant (`authorizedScopes`), named as in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    pub old: Option<Vec<String>>,
    pub new: Option<Vec<String>>,
}

/// The plan (`diff -o json`).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Plan {
    pub create: Vec<Create>,
    pub update: Vec<Update>,
    pub delete: Vec<Delete>,
    pub unchanged: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authorizations: Vec<AuthChange>,
    /// Clients --prune leaves alone, and why (for people).
    #[serde(skip)]
    pub kept: Vec<(String, String)>,
    /// What the plan cannot do as the file may expect (a grant set by hand), for people.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl Plan {
    pub fn changes(&self) -> usize {
        self.create.len() + self.update.len() + self.delete.len() + self.authorizations.len()
    }

    pub fn rotations(&self) -> usize {
        self.update.iter().filter(|u| u.rotate.is_some()).count()
    }
}

/// Matches each declared client with the server's, by pinned ID or by name. Problems (a pinned
/// ID that belongs to another name, a built-in client in the file) are added with their lines.
pub fn matches<'c>(
    declared: &Declared,
    clients: &'c [Client],
    p: &mut Problems,
) -> Vec<Option<&'c Client>> {
    let by_name: HashMap<&str, &Client> = clients
        .iter()
        .map(|c| (c.client_name.as_str(), c))
        .collect();
    let by_id: HashMap<&str, &Client> = clients.iter().map(|c| (c.client_id.as_str(), c)).collect();
    declared
        .clients
        .iter()
        .map(|d| {
            if is_builtin(&d.client_name) || d.client_id.as_deref().is_some_and(is_builtin) {
                p.add(
                    d.line,
                    format!(
                        "{} is a client oauthctl relies on (oauthctl-admin, oauthctl-admin-*, oauthctl-cli); leave it out of the file",
                        d.client_id.as_deref().unwrap_or(&d.client_name)
                    ),
                );
                return None;
            }
            match &d.client_id {
                Some(id) => match by_id.get(id.as_str()) {
                    Some(c) if c.client_name != d.client_name => {
                        p.add(
                            d.line_of("clientId"),
                            format!(
                                "clientId {id} belongs to the client named {:?}, not {:?}; a client's name cannot change (give the name it has, or remove clientId)",
                                c.client_name, d.client_name
                            ),
                        );
                        None
                    }
                    Some(c) => Some(*c),
                    None => {
                        if let Some(c) = by_name.get(d.client_name.as_str()) {
                            p.add(
                                d.line_of("clientId"),
                                format!(
                                    "the client named {:?} exists with clientId {}, but the file pins {id}; remove clientId or give the one it has",
                                    d.client_name, c.client_id
                                ),
                            );
                        }
                        None
                    }
                },
                None => by_name.get(d.client_name.as_str()).copied(),
            }
        })
        .collect()
}

/// The newest secret that is not revoked.
fn newest(secrets: &[Secret]) -> Option<&Secret> {
    secrets
        .iter()
        .filter(|s| s.revoked_at.is_none())
        .max_by_key(|s| s.expiration.unwrap_or(DateTime::<Utc>::MAX_UTC))
}

fn normalized(v: &Value) -> Value {
    match v.as_array() {
        Some(a) => {
            let set: BTreeSet<String> = a
                .iter()
                .map(|x| x.as_str().map_or_else(|| x.to_string(), String::from))
                .collect();
            Value::from(set.into_iter().collect::<Vec<_>>())
        }
        None => v.clone(),
    }
}

/// The grant types `clients create` picks when none are given.
fn default_grants(fields: &Map<String, Value>) -> Vec<String> {
    let redirects = fields
        .get("redirectUris")
        .and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty());
    let public = fields.get("requireClientSecret") == Some(&Value::Bool(false));
    vec![if redirects || public {
        "authorization_code".into()
    } else {
        "client_credentials".into()
    }]
}

/// The plan that makes the server match the file. Problems that need the server's state (a
/// space that does not exist, a client that would have to move, grant rules) are added with
/// their lines; the caller reports them before anything is sent.
pub fn plan(declared: &Declared, current: &Current, opts: &Options, p: &mut Problems) -> Plan {
    let mut plan = Plan::default();
    let matched = matches(declared, current.clients, p);
    let spaces: Option<Vec<&str>> = current
        .spaces
        .map(|s| s.iter().map(|s| s.id.as_str()).collect());
    let matched_ids: HashSet<&str> = matched
        .iter()
        .flatten()
        .map(|c| c.client_id.as_str())
        .collect();

    for (d, cur) in declared.clients.iter().zip(&matched) {
        // The space: the file's, else --space, else (for a new client) the tenant's only one.
        let declared_space = d.fields.get("spaceId").and_then(Value::as_str);
        if let (Some(ds), Some(s)) = (declared_space, &opts.space) {
            if ds != s {
                p.add(
                    d.line_of("spaceId"),
                    format!("spaceId {ds}, but --space {s} was given; remove one of them"),
                );
                continue;
            }
        }
        let space = declared_space.map(String::from).or(opts.space.clone());
        match cur {
            None => {
                if let Some(c) = create(d, space, spaces.as_deref(), p) {
                    plan.create.push(c);
                }
            }
            Some(c) => {
                if let Some(s) = &space {
                    if &c.space_id != s {
                        p.add(
                            d.line_of("spaceId"),
                            format!(
                                "the client {:?} is in space {}, not {s}; a client cannot move between spaces (delete it and create it again, or give its space)",
                                c.client_name, c.space_id
                            ),
                        );
                        continue;
                    }
                }
                match update(d, c, current, opts, p) {
                    Some(u) => plan.update.push(u),
                    None => plan.unchanged.push(c.client_id.clone()),
                }
            }
        }
    }

    if opts.prune {
        for c in current.clients {
            if matched_ids.contains(c.client_id.as_str())
                || opts.space.as_ref().is_some_and(|s| &c.space_id != s)
            {
                continue;
            }
            if builtin_client(c) {
                continue;
            }
            if opts.acting.as_deref() == Some(c.client_id.as_str()) {
                plan.kept.push((
                    c.client_id.clone(),
                    "the admin client oauthctl acts as".into(),
                ));
                continue;
            }
            plan.delete.push(Delete {
                client_id: c.client_id.clone(),
                client_name: c.client_name.clone(),
            });
        }
    }

    if let Some(have) = current.authorizations {
        grants(declared, &matched, have, current, &mut plan, p);
    }

    if let (Some(want), Some(have)) = (&declared.authorizations, current.authorizations) {
        let have_by: HashMap<&str, &Authorization> =
            have.iter().map(|a| (a.client_id.as_str(), a)).collect();
        // A plan never changes what it also deletes.
        let deleted: HashSet<&str> = plan.delete.iter().map(|d| d.client_id.as_str()).collect();
        for a in want {
            if deleted.contains(a.client_id.as_str()) {
                continue;
            }
            let new = normalized(&Value::from(a.scopes.clone()));
            match have_by.get(a.client_id.as_str()) {
                Some(h) if normalized(&Value::from(h.scopes.clone())) == new => {}
                h => plan.authorizations.push(AuthChange {
                    action: "put",
                    client_id: a.client_id.clone(),
                    client_name: None,
                    old: h.map(|h| h.scopes.clone()),
                    new: Some(a.scopes.clone()),
                }),
            }
        }
        if opts.prune {
            // The tenant's own clients are authorized with their allowed scopes when they are
            // made; those grants go with the client, not with this list. The built-in clients
            // (the login client is authorized in every tenant) and the admin client oauthctl
            // acts as are never pruned.
            let own: HashSet<&str> = current
                .clients
                .iter()
                .map(|c| c.client_id.as_str())
                .collect();
            let listed: HashSet<&str> = want.iter().map(|a| a.client_id.as_str()).collect();
            for h in have {
                let id = h.client_id.as_str();
                if listed.contains(id) || own.contains(id) || is_builtin(id) {
                    continue;
                }
                if opts.acting.as_deref() == Some(id) {
                    plan.kept.push((
                        h.client_id.clone(),
                        "the admin client oauthctl acts as (its authorization stays)".into(),
                    ));
                    continue;
                }
                plan.authorizations.push(AuthChange {
                    action: "delete",
                    client_id: h.client_id.clone(),
                    client_name: None,
                    old: Some(h.scopes.clone()),
                    new: None,
                });
            }
        }
    }
    if let Some(catalogue) = current.scopes {
        known_scopes(declared, catalogue, current.tenant, p);
    }
    plan
}

/// Each declared client's grant in its own tenant. Left out of the file, it follows the allowed
/// scopes while it is the one the client got (the server widens and narrows it with them; the plan
/// shows that next to the scopes' change), and a grant set by hand stays, with a warning. Given as
/// `authorizedScopes`, it is set to that.
fn grants(
    declared: &Declared,
    matched: &[Option<&Client>],
    have: &[Authorization],
    current: &Current,
    plan: &mut Plan,
    p: &mut Problems,
) {
    // A grant holds only scopes the client requests (the server refuses others).
    let mut within = |d: &DeclaredClient, want: &[String], allowed: &[String]| {
        let outside: Vec<&str> = want
            .iter()
            .filter(|s| !allowed.contains(s))
            .map(String::as_str)
            .collect();
        if !outside.is_empty() {
            p.add(
                d.line_of("authorizedScopes"),
                format!(
                    "authorizedScopes: {} not in the client's allowedScopes ([{}]); a grant holds only scopes the client requests",
                    outside.join(", "),
                    allowed.join(", ")
                ),
            );
        }
    };
    let have_by: HashMap<&str, &Authorization> =
        have.iter().map(|a| (a.client_id.as_str(), a)).collect();
    let list = |v: Option<&Value>| -> Option<Vec<String>> {
        v.and_then(Value::as_array).map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
    };
    for (d, cur) in declared.clients.iter().zip(matched) {
        match cur {
            None => {
                // A new client gets its allowed scopes; a different grant is set after it exists.
                let Some(want) = &d.authorized_scopes else {
                    continue;
                };
                let Some(create) = plan.create.iter().find(|c| c.client_name == d.client_name)
                else {
                    continue;
                };
                let allowed = &create.request.allowed_scopes;
                within(d, want, allowed);
                if same_scopes(want, allowed) {
                    continue;
                }
                plan.authorizations.push(AuthChange {
                    action: if want.is_empty() { "delete" } else { "put" },
                    client_id: d.client_id.clone().unwrap_or_default(),
                    client_name: Some(d.client_name.clone()),
                    old: Some(allowed.clone()),
                    new: (!want.is_empty()).then(|| want.clone()),
                });
            }
            Some(c) => {
                let now = have_by.get(c.client_id.as_str()).map(|a| a.scopes.clone());
                let new_allowed =
                    list(d.fields.get("allowedScopes")).unwrap_or_else(|| c.allowed_scopes.clone());
                let scopes_change = !same_scopes(&new_allowed, &c.allowed_scopes);
                let follows = now
                    .as_ref()
                    .is_some_and(|g| grant_follows(g, &c.allowed_scopes));
                // What the server makes of the grant with the update.
                let after = if scopes_change && follows {
                    Some(new_allowed.clone())
                } else {
                    now.clone()
                };
                let put_needed = d
                    .authorized_scopes
                    .as_ref()
                    .is_some_and(|want| match &after {
                        Some(a) => !same_scopes(a, want),
                        None => !want.is_empty(),
                    });
                // The update itself changes the grant: shown next to the scopes' change (unless
                // the grant is then set as declared, shown as that authorization's change).
                if scopes_change && follows && !put_needed {
                    if let Some(u) = plan.update.iter_mut().find(|u| u.client_id == c.client_id) {
                        u.changes.push(Change {
                            field: "authorizedScopes".into(),
                            old: Value::from(now.clone().unwrap_or_default()),
                            new: Value::from(new_allowed.clone()),
                        });
                    }
                }
                match &d.authorized_scopes {
                    Some(want) => {
                        within(d, want, &new_allowed);
                        if put_needed {
                            plan.authorizations.push(AuthChange {
                                action: if want.is_empty() { "delete" } else { "put" },
                                client_id: c.client_id.clone(),
                                client_name: Some(c.client_name.clone()),
                                old: now.clone(),
                                new: (!want.is_empty()).then(|| want.clone()),
                            });
                        }
                    }
                    None if scopes_change && !follows => {
                        let grant = match &now {
                            Some(g) => format!("[{}]", g.join(", ")),
                            None => "none (it was revoked)".into(),
                        };
                        plan.warnings.push(format!(
                            "the grant of {} in tenant {} was set by hand ({grant}), so it does not follow allowedScopes and stays as it is; widen it with `oauthctl authorize {} --scope …`, or declare it with authorizedScopes",
                            c.client_name, current.tenant, c.client_id
                        ));
                    }
                    None => {}
                }
            }
        }
    }
}

/// Scopes named in the file must be in the tenant's catalogue (the server refuses others).
fn known_scopes(declared: &Declared, catalogue: &[String], tenant: &str, p: &mut Problems) {
    let known: HashSet<&str> = catalogue.iter().map(String::as_str).collect();
    let mut check = |line: usize, field: &str, scopes: &[String]| {
        let unknown: Vec<&str> = scopes
            .iter()
            .map(String::as_str)
            .filter(|s| !known.contains(s))
            .collect();
        if !unknown.is_empty() {
            p.add(
                line,
                format!(
                    "{field}: unknown scope(s) {} in tenant {tenant}; known scopes are: {}",
                    unknown.join(", "),
                    catalogue.join(", ")
                ),
            );
        }
    };
    for d in &declared.clients {
        if let Some(Value::Array(a)) = d.fields.get("allowedScopes") {
            let v: Vec<String> = a
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect();
            check(d.line_of("allowedScopes"), "allowedScopes", &v);
        }
        if let Some(a) = &d.authorized_scopes {
            check(d.line_of("authorizedScopes"), "authorizedScopes", a);
        }
    }
    for a in declared.authorizations.iter().flatten() {
        check(a.line, "scopes", &a.scopes);
    }
}

fn create(
    d: &DeclaredClient,
    space: Option<String>,
    spaces: Option<&[&str]>,
    p: &mut Problems,
) -> Option<Create> {
    let mut fields = d.fields.clone();
    if let Some(known) = spaces {
        let space = match (space, known) {
            (Some(s), _) => s,
            (None, [only]) => only.to_string(),
            (None, _) => {
                p.add(
                    d.line,
                    format!(
                        "the client {:?} needs a spaceId: the tenant has several spaces ({}); add spaceId or pass --space",
                        d.client_name,
                        known.join(", ")
                    ),
                );
                return None;
            }
        };
        if !known.contains(&space.as_str()) {
            p.add(
                d.line_of("spaceId"),
                format!(
                    "no space {space} in the tenant; spaces are: {}",
                    known.join(", ")
                ),
            );
            return None;
        }
        fields.insert("spaceId".into(), Value::from(space));
    }
    if !fields.contains_key("allowedGrantTypes") {
        fields.insert(
            "allowedGrantTypes".into(),
            Value::from(default_grants(&fields)),
        );
    }
    let mut body = fields.clone();
    body.insert("clientName".into(), Value::from(d.client_name.clone()));
    if let Some(id) = &d.client_id {
        body.insert("clientId".into(), Value::from(id.clone()));
    }
    let request: CreateClientRequest = match serde_json::from_value(Value::Object(body)) {
        Ok(r) => r,
        Err(e) => {
            p.add(d.line, format!("cannot build the create request: {e}"));
            return None;
        }
    };
    let errors = validate::create_client(&request);
    for e in &errors {
        p.add(d.line_of(&e.field), format!("{}: {}", e.field, e.message));
    }
    if !errors.is_empty() {
        return None;
    }
    Some(Create {
        line: d.line,
        client_name: d.client_name.clone(),
        client_id: d.client_id.clone(),
        fields,
        request,
        secret_expires_in: d.secret.as_ref().and_then(|s| s.expires_in),
    })
}

fn update(
    d: &DeclaredClient,
    c: &Client,
    current: &Current,
    opts: &Options,
    p: &mut Problems,
) -> Option<Update> {
    let now_value = serde_json::to_value(c).unwrap_or(Value::Null);
    let mut changes = Vec::new();
    let mut body = Map::new();
    for (f, want) in &d.fields {
        if f == "spaceId" {
            continue; // checked by the caller; it never changes
        }
        let have = now_value.get(f).cloned().unwrap_or(Value::Null);
        let differs = if is_list_field(f) {
            normalized(&have) != normalized(want)
        } else {
            &have != want
        };
        if differs {
            changes.push(Change {
                field: f.clone(),
                old: have,
                new: want.clone(),
            });
            body.insert(f.clone(), want.clone());
        }
    }
    let request: UpdateClientRequest = match serde_json::from_value(Value::Object(body)) {
        Ok(r) => r,
        Err(e) => {
            p.add(d.line, format!("cannot build the update request: {e}"));
            return None;
        }
    };
    if !changes.is_empty() {
        for e in validate::update_client(c, &request) {
            p.add(d.line_of(&e.field), format!("{}: {}", e.field, e.message));
        }
    }
    let rotate = d.secret.as_ref().and_then(|pol| {
        let within = pol.rotate_within?;
        if !c.require_client_secret {
            p.add(
                pol.line,
                format!(
                    "secret: the client {:?} is public (it has no secret); remove the policy",
                    c.client_name
                ),
            );
            return None;
        }
        let secrets = current
            .secrets
            .get(&c.client_id)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let horizon = within.after(opts.now).unwrap_or(opts.now);
        let window = pol.rotate_within_text.as_deref().unwrap_or("");
        let reason = match newest(secrets) {
            None => format!("the client has no working secret (rotateWithin {window})"),
            Some(n) if !n.is_live(opts.now) => format!(
                "its newest secret {} expired {}",
                n.id,
                crate::output::expiry(n.expiration)
            ),
            Some(n) if n.expires_by(horizon) => format!(
                "its newest secret {} expires {}, within {window}",
                n.id,
                crate::output::expiry(n.expiration)
            ),
            Some(_) => return None,
        };
        Some(Rotate {
            reason,
            expires_in: pol.expires_in,
            overlap: pol.overlap,
        })
    });
    // A confidential client with no live secret (its first one was lost, or revoked because
    // nobody received it): it gets a first secret, so a re-run finishes what a failed run began.
    let no_live_secret = c.require_client_secret
        && opts.multiple_secrets
        && current
            .secrets
            .get(&c.client_id)
            .is_some_and(|s| !s.iter().any(|s| s.is_live(opts.now)));
    let rotate = match rotate {
        None if no_live_secret => Some(Rotate {
            reason: "the client has no working secret".into(),
            expires_in: d.secret.as_ref().and_then(|pol| pol.expires_in),
            overlap: None,
        }),
        r => r,
    };
    if let Some(r) = &rotate {
        changes.push(Change {
            field: "secret".into(),
            old: Value::from(r.reason.clone()),
            new: Value::from(if no_live_secret {
                "a first secret"
            } else if opts.multiple_secrets {
                "a new secret; the old ones keep working until the overlap ends"
            } else {
                "a new secret that replaces the old one at once (needs --replace)"
            }),
        });
    }
    if changes.is_empty() {
        return None;
    }
    Some(Update {
        client_id: c.client_id.clone(),
        client_name: c.client_name.clone(),
        changes,
        request,
        current: c.clone(),
        rotate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::declare::file::{parse, Supports};
    use crate::model::SecretStatus;

    fn supports() -> Supports {
        Supports {
            kind: crate::backend::oauthctl::DESCRIPTOR.kind(),
            fields: crate::model::CLIENT_FIELDS,
            spaces: true,
            authorizations: true,
            multiple_secrets: true,
        }
    }

    fn client(id: &str, name: &str) -> Client {
        Client {
            tenant_id: "t".into(),
            allowed_scopes: vec!["b".into(), "a".into()],
            ..crate::backend::memory::client(id, name, Utc::now())
        }
    }

    fn space() -> Vec<Space> {
        vec![Space {
            id: "default".into(),
            display_name: "Default".into(),
            created_at: Utc::now(),
        }]
    }

    fn run(text: &str, clients: &[Client], prune: bool) -> Result<Plan, String> {
        run_with(text, clients, None, prune)
    }

    fn auth(id: &str, scopes: &[&str]) -> Authorization {
        Authorization {
            tenant_id: "t".into(),
            client_id: id.into(),
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    fn run_with(
        text: &str,
        clients: &[Client],
        auths: Option<&[Authorization]>,
        prune: bool,
    ) -> Result<Plan, String> {
        let now = Utc::now();
        let d = parse("f.yaml", text, false, &supports(), now).map_err(|e| e.to_string())?;
        let secrets = HashMap::new();
        let spaces = space();
        let scopes: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let current = Current {
            clients,
            authorizations: auths,
            secrets: &secrets,
            spaces: Some(&spaces),
            scopes: Some(&scopes),
            tenant: "t",
        };
        let opts = Options {
            space: None,
            prune,
            acting: Some("acting".into()),
            now,
            multiple_secrets: true,
        };
        let mut p = Problems::new("f.yaml");
        let plan = plan(&d, &current, &opts, &mut p);
        p.into_result().map_err(|e| e.to_string())?;
        Ok(plan)
    }

    #[test]
    fn create_change_delete_and_unchanged() {
        let have = [
            client("1", "same"),
            client("2", "changed"),
            client("3", "gone"),
            client("acting", "ci-admin"),
            client("oauthctl-admin", "oauthctl-admin"),
        ];
        let text = "clients:\n  - clientName: new\n  - clientName: same\n    allowedScopes: [a, b]\n  - clientName: changed\n    displayName: Changed\n";
        let plan = run(text, &have, false).unwrap();
        assert_eq!(plan.create.len(), 1);
        assert_eq!(plan.create[0].request.space_id.as_deref(), Some("default"));
        assert_eq!(
            plan.create[0].request.allowed_grant_types,
            ["client_credentials"]
        );
        assert_eq!(plan.unchanged, ["1"], "list order does not matter");
        assert_eq!(plan.update[0].changes[0].field, "displayName");
        assert_eq!(
            plan.update[0].request.display_name.as_deref(),
            Some("Changed")
        );
        assert!(plan.delete.is_empty(), "nothing is deleted without --prune");

        let plan = run(text, &have, true).unwrap();
        let deleted: Vec<&str> = plan.delete.iter().map(|d| d.client_id.as_str()).collect();
        assert_eq!(
            deleted,
            ["3"],
            "never the acting admin nor a built-in client"
        );
        assert_eq!(plan.kept[0].0, "acting");
    }

    #[test]
    fn problems_that_need_the_server_name_their_line() {
        let have = [client("1", "a")];
        let e = run(
            "clients:\n  - clientName: b\n    clientId: '1'\n",
            &have,
            false,
        )
        .unwrap_err();
        assert!(
            e.contains("f.yaml:3: clientId 1 belongs to the client named \"a\""),
            "{e}"
        );
        let e = run(
            "clients:\n  - clientName: a\n    spaceId: eu\n",
            &have,
            false,
        )
        .unwrap_err();
        assert!(
            e.contains("f.yaml:3: the client \"a\" is in space default"),
            "{e}"
        );
        let e = run(
            "clients:\n  - clientName: n\n    spaceId: eu\n",
            &have,
            false,
        )
        .unwrap_err();
        assert!(e.contains("f.yaml:3: no space eu"), "{e}");
        let e = run(
            "clients:\n  - clientName: n\n    allowedGrantTypes: [authorization_code]\n",
            &have,
            false,
        )
        .unwrap_err();
        assert!(
            e.contains("redirectUris: the authorization_code grant needs"),
            "{e}"
        );
        let e = run("clients:\n  - clientName: oauthctl-cli\n", &have, false).unwrap_err();
        assert!(
            e.contains("f.yaml:2: oauthctl-cli is a client oauthctl relies on"),
            "{e}"
        );
    }

    #[test]
    fn prune_leaves_the_built_in_and_acting_clients_authorizations_alone() {
        let auths = [
            auth("oauthctl-cli", &["a"]),
            auth("OAuthCtl-Admin-x", &["a"]),
            auth("acting", &["a"]),
            auth("foreign", &["a"]),
        ];
        let plan = run_with("clients: []\nauthorizations: []\n", &[], Some(&auths), true).unwrap();
        let touched: Vec<&str> = plan
            .authorizations
            .iter()
            .map(|a| a.client_id.as_str())
            .collect();
        assert_eq!(touched, ["foreign"]);
        assert!(plan.kept.iter().any(|(id, _)| id == "acting"));
    }

    #[test]
    fn a_plan_never_changes_what_it_also_deletes() {
        let have = [client("p", "partner-app")];
        let auths = [auth("p", &["a", "b"])];
        let text = "clients: []\nauthorizations:\n  - clientId: p\n    scopes: [a]\n";
        let plan = run_with(text, &have, Some(&auths), true).unwrap();
        assert_eq!(plan.delete[0].client_id, "p");
        assert!(plan.authorizations.is_empty(), "{:?}", plan.authorizations);
        let plan = run_with(text, &have, Some(&auths), false).unwrap();
        assert_eq!(
            plan.authorizations.len(),
            1,
            "without --prune it is kept, so changed"
        );
    }

    #[test]
    fn a_grant_follows_the_scopes_unless_set_by_hand_or_declared() {
        let have = [client("1", "x")]; // allowed [b, a]
        let narrow = "clients:\n  - clientName: x\n    allowedScopes: [a]\n";
        // It follows: shown next to the scopes' change.
        let plan = run_with(narrow, &have, Some(&[auth("1", &["a", "b"])]), false).unwrap();
        let fields: Vec<&str> = plan.update[0]
            .changes
            .iter()
            .map(|c| c.field.as_str())
            .collect();
        assert_eq!(fields, ["allowedScopes", "authorizedScopes"]);
        assert!(plan.warnings.is_empty() && plan.authorizations.is_empty());
        // Set by hand: it stays, with a warning that names the command.
        let plan = run_with(narrow, &have, Some(&[auth("1", &["b"])]), false).unwrap();
        assert_eq!(plan.update[0].changes.len(), 1);
        assert!(
            plan.warnings[0].contains("set by hand ([b])")
                && plan.warnings[0].contains("oauthctl authorize 1 --scope"),
            "{:?}",
            plan.warnings
        );
        // Declared: set as declared, and nothing when it already is.
        let declared = "clients:\n  - clientName: x\n    authorizedScopes: [a]\n";
        let plan = run_with(declared, &have, Some(&[auth("1", &["a", "b"])]), false).unwrap();
        assert_eq!(
            plan.authorizations[0].new.as_deref(),
            Some(&["a".to_string()][..])
        );
        assert_eq!(plan.authorizations[0].client_name.as_deref(), Some("x"));
        let plan = run_with(declared, &have, Some(&[auth("1", &["a"])]), false).unwrap();
        assert_eq!(plan.changes(), 0);
        let e = run_with(
            "clients:\n  - clientName: x\n    authorizedScopes: [a, c]\n",
            &have,
            Some(&[auth("1", &["a", "b"])]),
            false,
        )
        .unwrap_err();
        assert!(
            e.contains("f.yaml:3: authorizedScopes: c not in the client's allowedScopes"),
            "{e}"
        );
        // A new client's declared grant: by name, its ID known once it exists.
        let new =
            "clients:\n  - clientName: n\n    allowedScopes: [a, b]\n    authorizedScopes: [a]\n";
        let plan = run_with(new, &[], Some(&[]), false).unwrap();
        assert_eq!(plan.authorizations[0].client_id, "");
        assert_eq!(plan.authorizations[0].client_name.as_deref(), Some("n"));
    }

    #[test]
    fn checks_that_need_the_server_are_made_by_the_plan() {
        let e = run(
            "clients:\n  - clientName: n\n    allowedScopes: [a, zz]\n  - clientName: OAUTHCTL-CLI\n",
            &[],
            false,
        )
        .unwrap_err();
        assert!(
            e.contains("f.yaml:3: allowedScopes: unknown scope(s) zz in tenant t"),
            "{e}"
        );
        assert!(
            e.contains("f.yaml:4: OAUTHCTL-CLI is a client oauthctl relies on"),
            "{e}"
        );
    }

    #[test]
    fn a_policy_rotates_only_when_the_newest_secret_is_due() {
        let now = Utc::now();
        let have = [client("1", "a"), client("2", "b")];
        let secret = |cid: &str, days: i64| Secret {
            id: format!("s{cid}"),
            client_id: cid.into(),
            description: None,
            start_time: Some(now),
            expiration: Some(now + chrono::Duration::days(days)),
            created_at: Some(now),
            revoked_at: None,
            last_used_at: None,
            status: SecretStatus::Active,
            value: None,
        };
        let mut secrets = HashMap::new();
        secrets.insert("1".to_string(), vec![secret("1", 10)]);
        secrets.insert("2".to_string(), vec![secret("2", 100)]);
        let text = "clients:\n  - clientName: a\n    secret: {expiresIn: 6mo, rotateWithin: 30d}\n  - clientName: b\n    secret: {rotateWithin: 30d}\n";
        let d = parse("f.yaml", text, false, &supports(), now).unwrap();
        let spaces = space();
        let current = Current {
            clients: &have,
            authorizations: None,
            secrets: &secrets,
            spaces: Some(&spaces),
            scopes: None,
            tenant: "t",
        };
        let opts = Options {
            space: None,
            prune: false,
            acting: None,
            now,
            multiple_secrets: true,
        };
        let mut p = Problems::new("f.yaml");
        let plan = plan(&d, &current, &opts, &mut p);
        assert!(p.is_empty());
        assert_eq!(plan.update.len(), 1);
        assert_eq!(plan.update[0].client_id, "1");
        assert!(plan.update[0].rotate.is_some());
        assert_eq!(plan.unchanged, ["2"]);
    }
}
