//! The declared state: a YAML or JSON file of clients (and authorizations), read into a tree
//! that keeps each node's line, then checked field by field, so every error names its line.
//!
//! Field values are read by the type the field has (a string field takes `yes` or `123` as
//! text, a bool field only `true`/`false`), so YAML's implicit typing never surprises.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use crate::backend::ApiKind;
use crate::error::CliError;
use crate::timeutil::{parse_span, Span};
use crate::validate;

// ---------- a YAML tree with lines ----------

#[derive(Debug, Clone)]
pub enum Node {
    /// Entries with the line of each key.
    Map(Vec<(String, usize, Node)>, usize),
    Seq(Vec<Node>, usize),
    /// The text, whether it was quoted (or a block scalar), and the line.
    Scalar(String, bool, usize),
}

impl Node {
    pub fn line(&self) -> usize {
        match self {
            Node::Map(_, l) | Node::Seq(_, l) | Node::Scalar(_, _, l) => *l,
        }
    }

    fn what(&self) -> &'static str {
        match self {
            Node::Map(..) => "a mapping",
            Node::Seq(..) => "a list",
            Node::Scalar(..) => "a single value",
        }
    }
}

/// How deep a file may nest mappings and lists. A client file needs five levels; the limit keeps a
/// hostile file (15,000 levels) from overflowing the stack.
pub const MAX_DEPTH: usize = 64;

/// Parses one YAML document (YAML 1.2, of which JSON is a subset) into a tree with lines.
/// `Ok(None)` for an empty document.
pub fn parse_tree(text: &str) -> Result<Option<Node>, (usize, String)> {
    use saphyr_parser::{Event, Parser};
    let mut events = Parser::new_from_str(text);
    let mut next = || -> Result<(Event<'_>, usize), (usize, String)> {
        match events.next_event() {
            Some(Ok((e, span))) => Ok((e, span.start.line())),
            Some(Err(e)) => Err((e.marker().line(), e.info().to_string())),
            None => Err((0, "unexpected end of the document".into())),
        }
    };
    fn node<'a>(
        next: &mut dyn FnMut() -> Result<(Event<'a>, usize), (usize, String)>,
        ev: Event<'a>,
        line: usize,
        depth: usize,
    ) -> Result<Node, (usize, String)> {
        if depth > MAX_DEPTH && matches!(ev, Event::SequenceStart(..) | Event::MappingStart(..)) {
            return Err((
                line,
                format!("the file nests deeper than {MAX_DEPTH} levels; a client file needs five"),
            ));
        }
        match ev {
            Event::Scalar(v, style, _, tag) => {
                if tag.is_some() {
                    return Err((line, "YAML tags (!…) are not supported here".into()));
                }
                let quoted = !matches!(style, saphyr_parser::ScalarStyle::Plain);
                Ok(Node::Scalar(v.into_owned(), quoted, line))
            }
            Event::SequenceStart(_, tag) => {
                if tag.is_some() {
                    return Err((line, "YAML tags (!…) are not supported here".into()));
                }
                let mut items = Vec::new();
                loop {
                    let (e, l) = next()?;
                    if matches!(e, Event::SequenceEnd) {
                        return Ok(Node::Seq(items, line));
                    }
                    items.push(node(next, e, l, depth + 1)?);
                }
            }
            Event::MappingStart(_, tag) => {
                if tag.is_some() {
                    return Err((line, "YAML tags (!…) are not supported here".into()));
                }
                let mut entries: Vec<(String, usize, Node)> = Vec::new();
                loop {
                    let (k, kl) = next()?;
                    let key = match k {
                        Event::MappingEnd => return Ok(Node::Map(entries, line)),
                        Event::Scalar(v, ..) => v.into_owned(),
                        _ => return Err((kl, "a key must be a plain name".into())),
                    };
                    if let Some((_, first, _)) = entries.iter().find(|(k, _, _)| *k == key) {
                        return Err((kl, format!("{key} is given twice (first on line {first})")));
                    }
                    let (v, vl) = next()?;
                    let value = node(next, v, vl, depth + 1)?;
                    entries.push((key, kl, value));
                }
            }
            Event::Alias(_) => Err((line, "YAML aliases (*name) are not supported here".into())),
            _ => Err((line, "unexpected YAML structure".into())),
        }
    }
    let mut doc = None;
    loop {
        let (e, l) = next()?;
        match e {
            Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
            Event::StreamEnd => return Ok(doc),
            Event::DocumentStart(_) => {
                if doc.is_some() {
                    return Err((l, "the file holds more than one YAML document".into()));
                }
                let (e, l) = next()?;
                if matches!(e, Event::DocumentEnd) {
                    continue;
                }
                let n = node(&mut next, e, l, 1)?;
                // An empty document is a null scalar.
                doc = match &n {
                    Node::Scalar(s, false, _) if s.is_empty() || s == "~" || s == "null" => None,
                    _ => Some(n),
                };
            }
            _ => return Err((l, "unexpected YAML structure".into())),
        }
    }
}

// ---------- the declared state ----------

/// What the kind of server can hold, for the checks that name the line of an unsupported field.
#[derive(Debug, Clone)]
pub struct Supports {
    pub kind: ApiKind,
    pub fields: &'static [&'static str],
    pub spaces: bool,
    pub authorizations: bool,
    pub multiple_secrets: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Str,
    Bool,
    List,
}

/// The fields of a client entry besides `clientName`, `clientId` and `secret`, with their types.
const FIELDS: &[(&str, Kind)] = &[
    ("displayName", Kind::Str),
    ("spaceId", Kind::Str),
    ("allowOfflineAccess", Kind::Bool),
    ("allowRememberConsent", Kind::Bool),
    ("backChannelLogoutSessionRequired", Kind::Bool),
    ("requireClientSecret", Kind::Bool),
    ("requireConsent", Kind::Bool),
    ("allowNoPkce", Kind::Bool),
    ("allowRopc", Kind::Bool),
    ("allowedGrantTypes", Kind::List),
    ("allowedCorsOrigins", Kind::List),
    ("allowedScopes", Kind::List),
    ("redirectUris", Kind::List),
    ("postLogoutRedirectUris", Kind::List),
];

pub fn is_list_field(field: &str) -> bool {
    FIELDS.iter().any(|(f, k)| *f == field && *k == Kind::List)
}

/// A secret policy: the lifetime of new secrets, and when to rotate.
#[derive(Debug, Clone, PartialEq)]
pub struct SecretPolicy {
    pub line: usize,
    pub expires_in: Option<Span>,
    pub expires_in_text: Option<String>,
    pub rotate_within: Option<Span>,
    pub rotate_within_text: Option<String>,
    pub overlap: Option<Span>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredClient {
    pub line: usize,
    pub client_name: String,
    pub client_id: Option<String>,
    /// The fields the file sets (besides name, ID and secret), as JSON values.
    pub fields: Map<String, Value>,
    /// The line of each field given (`clientName`, `secret`, …).
    pub lines: HashMap<String, usize>,
    pub secret: Option<SecretPolicy>,
    /// `authorizedScopes`: the client's grant in its own tenant, when it differs from its
    /// allowed scopes (`[]`: no grant). Left out, the grant follows the allowed scopes.
    pub authorized_scopes: Option<Vec<String>>,
}

impl DeclaredClient {
    /// The line of `field`, or the entry's.
    pub fn line_of(&self, field: &str) -> usize {
        self.lines.get(field).copied().unwrap_or(self.line)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DeclaredAuthorization {
    pub line: usize,
    pub client_id: String,
    pub scopes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Declared {
    /// The file's name as the user gave it (`-` is shown as `stdin`).
    pub source: String,
    pub clients: Vec<DeclaredClient>,
    /// `None`: the file has no `authorizations` key, so they are left alone.
    pub authorizations: Option<Vec<DeclaredAuthorization>>,
}

/// Problems found in a file, each with its line; reported together.
pub struct Problems {
    source: String,
    list: Vec<(usize, String)>,
}

impl Problems {
    pub fn new(source: &str) -> Problems {
        Problems {
            source: source.to_string(),
            list: Vec::new(),
        }
    }

    pub fn add(&mut self, line: usize, msg: impl Into<String>) {
        self.list.push((line, msg.into()));
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// A usage error (exit 2) listing every problem as `FILE:LINE: message`.
    pub fn into_result(mut self) -> anyhow::Result<()> {
        if self.list.is_empty() {
            return Ok(());
        }
        self.list.sort_by_key(|(l, _)| *l);
        let at = |l: usize| {
            if l == 0 {
                self.source.clone()
            } else {
                format!("{}:{l}", self.source)
            }
        };
        let msg = match self.list.as_slice() {
            [(l, m)] => format!("{}: {m}", at(*l)),
            many => {
                let mut s = format!("{} problems in {}:", many.len(), self.source);
                for (l, m) in many {
                    s.push_str(&format!("\n  {}: {m}", at(*l)));
                }
                s
            }
        };
        Err(CliError::usage(msg)
            .with_hint("fix the file and run again; nothing was sent (field names are those of `oauthctl clients show -o json`, see the README's \"Clients as code\")")
            .into())
    }
}

/// Reads `-f FILE` (or stdin for `-`): `.json` is JSON, anything else YAML.
pub fn read_source(file: &str) -> anyhow::Result<(String, String, bool)> {
    use std::io::Read;
    if file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| CliError::usage(format!("-f -: cannot read stdin: {e}")))?;
        return Ok(("stdin".into(), s, false));
    }
    let text = std::fs::read_to_string(file)
        .map_err(|e| CliError::usage(format!("-f {file}: cannot read the file: {e}")))?;
    let json = std::path::Path::new(file)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    Ok((file.to_string(), text, json))
}

/// Parses and checks a file against what the kind of server supports. Every problem names its
/// line; nothing is sent before this passes.
pub fn parse(
    source: &str,
    text: &str,
    json: bool,
    supports: &Supports,
    now: DateTime<Utc>,
) -> anyhow::Result<Declared> {
    let mut p = Problems::new(source);
    let declared = parse_into(source, text, json, supports, now, &mut p);
    p.into_result()?;
    Ok(declared.expect("no problem, so a declared state"))
}

/// [`parse`], adding the problems to `p` (so that the checks against the server's state are
/// reported with them, all at once). `None` when the file cannot be read as a whole (not YAML,
/// not a mapping): the entries that have problems are left out, the others are returned.
pub fn parse_into(
    source: &str,
    text: &str,
    json: bool,
    supports: &Supports,
    now: DateTime<Utc>,
    p: &mut Problems,
) -> Option<Declared> {
    if json {
        if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
            p.add(e.line(), format!("not valid JSON: {e}"));
            return None;
        }
    }
    let root = match parse_tree(text) {
        Ok(Some(n)) => n,
        Ok(None) => {
            p.add(
                0,
                "the file is empty; it should hold `clients:` (a list of clients)",
            );
            return None;
        }
        Err((line, msg)) => {
            p.add(line, format!("not valid YAML: {msg}"));
            return None;
        }
    };
    let mut declared = Declared {
        source: source.to_string(),
        clients: Vec::new(),
        authorizations: None,
    };
    let Node::Map(entries, _) = &root else {
        p.add(
            root.line(),
            format!(
                "the file should be a mapping with `clients:` (and `authorizations:`), not {}",
                root.what()
            ),
        );
        return None;
    };
    // Every entry's name with its line, also of entries with problems, so that a name given twice
    // is reported with the other problems, not after they are fixed.
    let mut named: Vec<(String, usize)> = Vec::new();
    for (key, line, value) in entries {
        match key.as_str() {
            "clients" => match value {
                Node::Seq(items, _) => {
                    for item in items {
                        if let Some(c) = client(item, json, supports, now, p, &mut named) {
                            declared.clients.push(c);
                        }
                    }
                }
                other => p.add(
                    other.line(),
                    format!("clients: expected a list of clients, not {}", other.what()),
                ),
            },
            "authorizations" => {
                if !supports.authorizations {
                    p.add(
                        *line,
                        format!(
                            "authorizations: the {} admin API has no client authorizations; remove this section",
                            supports.kind
                        ),
                    );
                    continue;
                }
                match value {
                    Node::Seq(items, _) => {
                        let list = items
                            .iter()
                            .filter_map(|i| authorization(i, json, p))
                            .collect();
                        declared.authorizations = Some(list);
                    }
                    other => p.add(
                        other.line(),
                        format!(
                            "authorizations: expected a list of {{clientId, scopes}}, not {}",
                            other.what()
                        ),
                    ),
                }
            }
            other => p.add(
                *line,
                format!("unknown key {other:?}; the file has `clients:` and `authorizations:`"),
            ),
        }
    }
    // Names and pinned IDs are unique in a tenant.
    let mut names: HashMap<&str, usize> = HashMap::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (name, line) in &named {
        if let Some(first) = names.insert(name, *line) {
            p.add(
                *line,
                format!(
                    "clientName {name:?} is listed twice (first on line {first}); names are unique in a tenant"
                ),
            );
        }
    }
    for c in &declared.clients {
        if let Some(id) = &c.client_id {
            if let Some(first) = ids.insert(id, c.line_of("clientId")) {
                p.add(
                    c.line_of("clientId"),
                    format!("clientId {id:?} is listed twice (first on line {first})"),
                );
            }
        }
    }
    if let Some(auths) = &declared.authorizations {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for a in auths {
            if let Some(first) = seen.insert(&a.client_id, a.line) {
                p.add(
                    a.line,
                    format!(
                        "the authorization of {:?} is listed twice (first on line {first})",
                        a.client_id
                    ),
                );
            }
        }
    }
    Some(declared)
}

fn string(node: &Node, field: &str, json: bool, p: &mut Problems) -> Option<String> {
    match node {
        // In JSON only a quoted value is a string.
        Node::Scalar(s, quoted, _)
            if *quoted || (!json && !s.is_empty() && s != "~" && s != "null") =>
        {
            Some(s.clone())
        }
        other => {
            p.add(
                other.line(),
                format!("{field}: expected a string, not {}", shown(other)),
            );
            None
        }
    }
}

fn boolean(node: &Node, field: &str, p: &mut Problems) -> Option<bool> {
    match node {
        Node::Scalar(s, false, _) if matches!(s.as_str(), "true" | "True" | "TRUE") => Some(true),
        Node::Scalar(s, false, _) if matches!(s.as_str(), "false" | "False" | "FALSE") => {
            Some(false)
        }
        other => {
            p.add(
                other.line(),
                format!("{field}: expected true or false, not {}", shown(other)),
            );
            None
        }
    }
}

fn list(node: &Node, field: &str, json: bool, p: &mut Problems) -> Option<Vec<String>> {
    match node {
        Node::Seq(items, _) => {
            let before = p.list.len();
            let v: Vec<String> = items
                .iter()
                .filter_map(|i| string(i, field, json, p))
                .collect();
            (p.list.len() == before).then_some(v)
        }
        other => {
            p.add(
                other.line(),
                format!(
                    "{field}: expected a list (for example [a, b], or [] for none), not {}",
                    shown(other)
                ),
            );
            None
        }
    }
}

fn shown(node: &Node) -> String {
    match node {
        Node::Scalar(s, _, _) if s.is_empty() => "an empty value".into(),
        Node::Scalar(s, _, _) => format!("{s:?}"),
        other => other.what().into(),
    }
}

fn client(
    node: &Node,
    json: bool,
    supports: &Supports,
    now: DateTime<Utc>,
    p: &mut Problems,
    named: &mut Vec<(String, usize)>,
) -> Option<DeclaredClient> {
    let Node::Map(entries, line) = node else {
        p.add(
            node.line(),
            format!(
                "a client should be a mapping (clientName: …), not {}",
                node.what()
            ),
        );
        return None;
    };
    let before = p.list.len();
    let mut c = DeclaredClient {
        line: *line,
        client_name: String::new(),
        client_id: None,
        fields: Map::new(),
        lines: HashMap::new(),
        secret: None,
        authorized_scopes: None,
    };
    for (key, kl, value) in entries {
        c.lines.insert(key.clone(), *kl);
        let supported = |f: &str| supports.fields.contains(&f);
        match key.as_str() {
            "clientName" => {
                if let Some(s) = string(value, key, json, p) {
                    named.push((s.clone(), *kl));
                    c.client_name = s;
                }
            }
            "authorizedScopes" => {
                if !supports.authorizations {
                    p.add(
                        *kl,
                        format!(
                            "authorizedScopes: the {} admin API has no client authorizations; remove it (the client gets its allowedScopes)",
                            supports.kind
                        ),
                    );
                } else {
                    c.authorized_scopes = list(value, key, json, p);
                }
            }
            "clientId" => {
                if !supported(key) {
                    p.add(*kl, unsupported(supports, key));
                } else if let Some(s) = string(value, key, json, p) {
                    c.client_id = Some(s);
                }
            }
            "secret" => c.secret = policy(value, json, supports, now, p),
            k => match FIELDS.iter().find(|(f, _)| *f == k) {
                None => {
                    let hint = if matches!(k, "tenantId" | "createdAt" | "updatedAt") {
                        " (it is managed by the server; remove it)"
                    } else {
                        ""
                    };
                    p.add(
                        *kl,
                        format!("unknown field {k:?} in a client{hint}; the fields are clientName, clientId, secret, authorizedScopes, {}", FIELDS.iter().map(|(f, _)| *f).collect::<Vec<_>>().join(", ")),
                    );
                }
                Some((f, _)) if !supported(f) || (*f == "spaceId" && !supports.spaces) => {
                    p.add(*kl, unsupported(supports, f));
                }
                Some((f, kind)) => {
                    let v = match kind {
                        Kind::Str => string(value, f, json, p).map(Value::from),
                        Kind::Bool => boolean(value, f, p).map(Value::from),
                        Kind::List => list(value, f, json, p).map(Value::from),
                    };
                    if let Some(v) = v {
                        c.fields.insert(f.to_string(), v);
                    }
                }
            },
        }
    }
    if c.client_name.is_empty() && !c.lines.contains_key("clientName") {
        p.add(*line, "a client needs a clientName (unique in the tenant)");
    }
    if p.list.len() > before {
        return None;
    }
    // The rules of `clients create` for each value (grant rules need the server's state: later).
    let mut check = |field: &str, r: Result<(), crate::validate::FieldError>| {
        if let Err(e) = r {
            p.add(c.line_of(field), format!("{field}: {}", e.message));
        }
    };
    check("clientName", validate::client_name(&c.client_name));
    if let Some(id) = &c.client_id {
        check("clientId", validate::client_id(id));
    }
    let strs = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    for (f, v) in &c.fields {
        match f.as_str() {
            "displayName" => check(f, validate::display_name(v.as_str().unwrap_or(""))),
            "spaceId" => check(f, validate::space_id(v.as_str().unwrap_or(""))),
            "allowedGrantTypes" => strs(v)
                .iter()
                .for_each(|g| check(f, validate::grant_type(g))),
            "allowedScopes" => strs(v)
                .iter()
                .for_each(|s| check(f, validate::scope_token(s))),
            "allowedCorsOrigins" => strs(v)
                .iter()
                .for_each(|o| check(f, validate::cors_origin(o))),
            "redirectUris" | "postLogoutRedirectUris" => strs(v)
                .iter()
                .for_each(|u| check(f, validate::redirect_uri(f, u))),
            _ => {}
        }
    }
    for s in c.authorized_scopes.iter().flatten() {
        check("authorizedScopes", validate::scope_token(s));
    }
    if c.secret.is_some() && c.fields.get("requireClientSecret") == Some(&Value::Bool(false)) {
        p.add(
            c.line_of("secret"),
            "secret: a public client (requireClientSecret: false) has no secret; remove the policy",
        );
    }
    (p.list.len() == before).then_some(c)
}

fn unsupported(supports: &Supports, field: &str) -> String {
    if field == "spaceId" {
        format!(
            "spaceId: the {} admin API has no spaces; remove the field",
            supports.kind
        )
    } else {
        format!(
            "{field}: the {} admin API cannot store this field; remove it",
            supports.kind
        )
    }
}

fn span(node: &Node, field: &str, json: bool, p: &mut Problems) -> Option<(Span, String)> {
    let s = string(node, field, json, p)?;
    match parse_span(&s) {
        Ok(sp) => Some((sp, s)),
        Err(e) => {
            p.add(node.line(), format!("{field}: {e}"));
            None
        }
    }
}

fn policy(
    node: &Node,
    json: bool,
    supports: &Supports,
    now: DateTime<Utc>,
    p: &mut Problems,
) -> Option<SecretPolicy> {
    let Node::Map(entries, line) = node else {
        p.add(
            node.line(),
            format!(
                "secret: expected a policy such as {{expiresIn: 6mo, rotateWithin: 30d}}, not {}",
                node.what()
            ),
        );
        return None;
    };
    let before = p.list.len();
    let mut pol = SecretPolicy {
        line: *line,
        expires_in: None,
        expires_in_text: None,
        rotate_within: None,
        rotate_within_text: None,
        overlap: None,
    };
    let mut lines = HashMap::new();
    for (key, kl, value) in entries {
        lines.insert(key.as_str(), *kl);
        match key.as_str() {
            "expiresIn" | "overlap" if !supports.multiple_secrets => p.add(
                *kl,
                format!(
                    "secret.{key}: the {} admin API keeps one secret per client and does not choose its lifetime; remove it",
                    supports.kind
                ),
            ),
            "expiresIn" => {
                if let Some((s, t)) = span(value, "secret.expiresIn", json, p) {
                    pol.expires_in = Some(s);
                    pol.expires_in_text = Some(t);
                }
            }
            "rotateWithin" => {
                if let Some((s, t)) = span(value, "secret.rotateWithin", json, p) {
                    pol.rotate_within = Some(s);
                    pol.rotate_within_text = Some(t);
                }
            }
            "overlap" => pol.overlap = span(value, "secret.overlap", json, p).map(|(s, _)| s),
            other => p.add(
                *kl,
                format!("unknown field {other:?} in secret; the fields are expiresIn, rotateWithin, overlap"),
            ),
        }
    }
    if p.list.len() > before {
        return None;
    }
    let exp_line = lines.get("expiresIn").copied().unwrap_or(*line);
    let end = pol
        .expires_in
        .map(|s| s.after(now).unwrap_or(now))
        .unwrap_or_else(|| validate::default_expiration(now));
    if pol.expires_in.is_some() {
        if let Err(e) = validate::secret_window(now, end) {
            p.add(exp_line, format!("secret.expiresIn: {}", e.message));
        }
    }
    if let Some(w) = pol.rotate_within {
        let horizon = w.after(now).unwrap_or(now);
        if supports.multiple_secrets && horizon >= end {
            p.add(
                lines.get("rotateWithin").copied().unwrap_or(*line),
                format!(
                    "secret.rotateWithin ({}) must be shorter than the secret's lifetime ({}), or every apply would rotate",
                    pol.rotate_within_text.as_deref().unwrap_or(""),
                    pol.expires_in_text.as_deref().unwrap_or("6mo, the default")
                ),
            );
        }
    }
    (p.list.len() == before).then_some(pol)
}

fn authorization(node: &Node, json: bool, p: &mut Problems) -> Option<DeclaredAuthorization> {
    let Node::Map(entries, line) = node else {
        p.add(
            node.line(),
            format!(
                "an authorization should be a mapping {{clientId, scopes}}, not {}",
                node.what()
            ),
        );
        return None;
    };
    let before = p.list.len();
    let (mut id, mut scopes) = (None, None);
    for (key, kl, value) in entries {
        match key.as_str() {
            "clientId" => id = string(value, key, json, p),
            "scopes" => scopes = list(value, key, json, p),
            other => p.add(
                *kl,
                format!(
                    "unknown field {other:?} in an authorization; the fields are clientId, scopes"
                ),
            ),
        }
    }
    if p.list.len() > before {
        return None;
    }
    let Some(client_id) = id else {
        p.add(*line, "an authorization needs a clientId");
        return None;
    };
    let Some(scopes) = scopes else {
        p.add(
            *line,
            "an authorization needs scopes (a list; [] grants nothing)",
        );
        return None;
    };
    if let Err(e) = validate::client_id(&client_id) {
        p.add(*line, format!("clientId: {}", e.message));
    }
    for s in &scopes {
        if let Err(e) = validate::scope_token(s) {
            p.add(*line, format!("scopes: {}", e.message));
        }
    }
    (p.list.len() == before).then_some(DeclaredAuthorization {
        line: *line,
        client_id,
        scopes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Supports {
        Supports {
            kind: crate::backend::oauthctl::DESCRIPTOR.kind(),
            fields: crate::model::CLIENT_FIELDS,
            spaces: true,
            authorizations: true,
            multiple_secrets: true,
        }
    }

    fn one_secret() -> Supports {
        Supports {
            kind: crate::backend::rfc7592::DESCRIPTOR.kind(),
            fields: &["clientId", "clientName", "displayName", "allowedScopes"],
            spaces: false,
            authorizations: false,
            multiple_secrets: false,
        }
    }

    fn err(text: &str, s: &Supports) -> String {
        let e = parse("f.yaml", text, false, s, Utc::now()).unwrap_err();
        assert_eq!(crate::error::exit_code(&e), 2);
        e.to_string()
    }

    #[test]
    fn a_file_parses_with_lines() {
        let text = "clients:\n  - clientName: a\n    displayName: yes\n    allowedScopes: [x, y]\n    allowRopc: false\n    secret: {expiresIn: 6mo, rotateWithin: 30d}\nauthorizations:\n  - clientId: abc\n    scopes: []\n";
        let d = parse("f.yaml", text, false, &all(), Utc::now()).unwrap();
        let c = &d.clients[0];
        assert_eq!(c.client_name, "a");
        assert_eq!(
            c.fields["displayName"], "yes",
            "a string field takes yes as text"
        );
        assert_eq!(c.fields["allowedScopes"], serde_json::json!(["x", "y"]));
        assert_eq!(c.fields["allowRopc"], false);
        assert_eq!(c.line_of("allowedScopes"), 4);
        assert!(c.secret.as_ref().unwrap().rotate_within.is_some());
        assert_eq!(d.authorizations.as_ref().unwrap()[0].client_id, "abc");
    }

    #[test]
    fn unknown_and_unsupported_fields_name_their_line() {
        let e = err("clients:\n  - clientName: a\n    colour: red\n", &all());
        assert!(e.starts_with("f.yaml:3: unknown field \"colour\""), "{e}");
        let e = err("clients:\n  - clientName: a\n    createdAt: x\n", &all());
        assert!(e.contains("managed by the server"), "{e}");
        let e = err(
            "clients:\n  - clientName: a\n    spaceId: default\n    allowRopc: true\n",
            &one_secret(),
        );
        assert!(
            e.contains("f.yaml:3: spaceId: the rfc7592 admin API has no spaces"),
            "{e}"
        );
        assert!(
            e.contains("f.yaml:4: allowRopc: the rfc7592 admin API cannot store"),
            "{e}"
        );
        let e = err(
            "clients:\n  - clientName: a\nauthorizations: []\n",
            &one_secret(),
        );
        assert!(e.contains("f.yaml:3: authorizations: the rfc7592"), "{e}");
        let e = err(
            "clients:\n  - clientName: a\n    secret:\n      expiresIn: 6mo\n",
            &one_secret(),
        );
        assert!(e.contains("f.yaml:4: secret.expiresIn"), "{e}");
    }

    #[test]
    fn values_are_checked_with_lines() {
        let e = err("clients:\n  - clientName: a\n    allowRopc: yes\n", &all());
        assert!(
            e.contains("f.yaml:3: allowRopc: expected true or false"),
            "{e}"
        );
        let e = err(
            "clients:\n  - clientName: a\n    redirectUris: [http://example.com/cb]\n",
            &all(),
        );
        assert!(
            e.contains("f.yaml:3: redirectUris:") && e.contains("plain http"),
            "{e}"
        );
        let e = err("clients:\n  - clientName: a\n  - clientName: a\n", &all());
        assert!(
            e.contains("f.yaml:3: clientName \"a\" is listed twice (first on line 2)"),
            "{e}"
        );
        let e = err("clients:\n  - displayName: x\n", &all());
        assert!(e.contains("f.yaml:2: a client needs a clientName"), "{e}");
        let e = err(
            "clients:\n  - clientName: a\n    secret: {expiresIn: 30d, rotateWithin: 30d}\n",
            &all(),
        );
        assert!(e.contains("must be shorter"), "{e}");
        let e = err(
            "clients:\n  - clientName: a\n    secret: {expiresIn: 5y}\n",
            &all(),
        );
        assert!(
            e.contains("f.yaml:3: secret.expiresIn") && e.contains("3 years"),
            "{e}"
        );
        let e = err("clients: [\n", &all());
        assert!(e.starts_with("f.yaml:"), "{e}");
        let e = err("", &all());
        assert!(e.contains("empty"), "{e}");
        let e = err("clients:\n  - clientName: a\n    clientName: b\n", &all());
        assert!(
            e.contains("f.yaml:3: ") && e.contains("clientName is given twice"),
            "{e}"
        );
    }

    #[test]
    fn deep_nesting_is_refused_with_its_line_not_a_stack_overflow() {
        // A block list nested 15,000 levels deep (`- - - - … x`).
        let deep = format!(
            "clients:\n  - clientName: a\n    x:\n      {}x\n",
            "- ".repeat(15_000)
        );
        let e = err(&deep, &all());
        assert!(
            e.contains("f.yaml:4: not valid YAML: the file nests deeper than 64 levels"),
            "{e}"
        );
        let flow = format!("clients: {}{}\n", "[".repeat(15_000), "]".repeat(15_000));
        let e = err(&flow, &all());
        assert!(e.starts_with("f.yaml:1: not valid YAML"), "{e}");
        let json = format!("{}{}", "[".repeat(15_000), "]".repeat(15_000));
        let e = parse("f.json", &json, true, &all(), Utc::now())
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("f.json:1: not valid"), "{e}");
    }

    #[test]
    fn json_is_json() {
        let text =
            "{\n  \"clients\": [\n    {\"clientName\": \"a\", \"allowRopc\": true}\n  ]\n}\n";
        let d = parse("f.json", text, true, &all(), Utc::now()).unwrap();
        assert_eq!(d.clients[0].fields["allowRopc"], true);
        let e = parse("f.json", "{\"clients\": [}", true, &all(), Utc::now())
            .unwrap_err()
            .to_string();
        assert!(e.contains("f.json:1: not valid JSON"), "{e}");
        let e = parse(
            "f.json",
            "{\"clients\": [\n {\"clientName\": 5}]}",
            true,
            &all(),
            Utc::now(),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("f.json:2: clientName: expected a string"), "{e}");
    }

    #[test]
    fn the_yaml_writer_round_trips_through_the_parser() {
        let v = serde_json::json!({"clients": [{"clientName": "a: b", "displayName": "true",
            "allowedScopes": ["x", "1.5", "-y", "#z"], "allowRopc": false, "redirectUris": [],
            "n": "https://app.example.com/cb?x=1"}], "authorizations": []});
        let text = crate::output::to_yaml(&v);
        let tree = parse_tree(&text).unwrap().unwrap();
        fn back(n: &Node) -> Value {
            match n {
                Node::Map(e, _) => {
                    Value::Object(e.iter().map(|(k, _, v)| (k.clone(), back(v))).collect())
                }
                Node::Seq(i, _) => Value::Array(i.iter().map(back).collect()),
                Node::Scalar(s, false, _) if s == "false" => Value::Bool(false),
                Node::Scalar(s, _, _) => Value::String(s.clone()),
            }
        }
        assert_eq!(back(&tree), v, "{text}");
    }
}
