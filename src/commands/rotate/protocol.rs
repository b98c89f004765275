//! The rotation protocol: create the new secret, deliver it, then retire the old ones (never
//! before the new value arrived somewhere).

use super::*;

/// Secrets younger than this are never revoked by `--revoke-old`: they may be the ones a run just
/// made and delivered.
pub(super) const FRESH_HOURS: i64 = 24;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Retired {
    pub id: String,
    pub expiration: DateTime<Utc>,
}

/// The result of one rotation (`-o json`): the new secret with its value, the old secrets whose
/// expiry was moved to the end of the overlap, and those revoked.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rotation {
    pub secret: Option<Secret>,
    pub retired: Vec<Retired>,
    pub revoked: Vec<String>,
    /// Old secrets left untouched (created in the last 24 hours, with --revoke-old).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<String>,
    /// Why nothing was rotated (--if-expiring-within).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
    /// RFC 7592: a new registration access token the server issued with the replacement, when
    /// the OS keyring could not keep it or the user keeps it elsewhere (shown once).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<crate::backend::Registration>,
    /// With a new secret: whether the token endpoint issued a token for it before anything was
    /// retired (`true`), refused it (`false`, nothing retired), or it could not be tried (`null`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<Option<bool>>,
    /// The server's answer to the replacement was lost: the new secret may be active, or the
    /// old one may still work (`"mayBeActive": true`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub may_be_active: bool,
    /// Why the new secret was not verified (for people).
    #[serde(skip)]
    pub unverified: Option<String>,
}

impl Render for Rotation {
    fn human(&self, p: &Printer) -> std::io::Result<()> {
        if let Some(reason) = &self.skipped {
            p.status(&format!("not rotated: {reason}"));
            return Ok(());
        }
        if let Some(s) = &self.secret {
            s.human(p)?;
        }
        self.registration_fields(p)?;
        self.report(p);
        Ok(())
    }
}

impl Rotation {
    /// A rotation that has done nothing yet (with the new secret, when it exists).
    pub(super) fn new(secret: Option<Secret>) -> Rotation {
        Rotation {
            secret,
            retired: vec![],
            revoked: vec![],
            kept: vec![],
            skipped: None,
            registration: None,
            verified: None,
            unverified: None,
            may_be_active: false,
        }
    }

    /// RFC 7592: a new registration access token, shown with the secret (stdout) when it was not
    /// kept in the keyring.
    pub(super) fn registration_fields(&self, p: &Printer) -> std::io::Result<()> {
        match &self.registration {
            Some(r) => p.fields(&[
                ("Registration URI", r.client_uri.clone()),
                ("Registration token", r.access_token.clone()),
            ]),
            None => Ok(()),
        }
    }

    /// What happened to the old secrets, for people (stderr).
    pub(super) fn report(&self, p: &Printer) {
        if self.may_be_active {
            p.warn("this new value MAY BE ACTIVE: the server's answer was lost; keep it until you know (see the hint below)");
        }
        match (&self.verified, &self.unverified) {
            (Some(Some(true)), _) => p.status("verified: the new secret gets a token"),
            (Some(None), Some(why)) => p.status(&format!("not verified: {why}")),
            _ => {}
        }
        for r in &self.retired {
            p.status(&format!(
                "old secret {} now expires {} ({})",
                r.id,
                fmt_time(r.expiration),
                humanize(r.expiration, Utc::now())
            ));
        }
        for id in &self.revoked {
            p.status(&format!("revoked old secret {id}"));
        }
        for id in &self.kept {
            p.status(&format!(
                "kept secret {id}: it is less than {FRESH_HOURS} hours old (revoke it with `oauthctl secrets revoke`, or rotate with --revoke-old --force)"
            ));
        }
    }
}

/// The JSON of a rotation is written in two parts: the new secret first (it must be delivered
/// before anything is retired), then what became of the old ones.
#[derive(Serialize)]
pub(super) struct SecretPart<'a> {
    pub(super) secret: &'a Secret,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct RetiredPart<'a> {
    pub(super) retired: &'a [Retired],
    pub(super) revoked: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub(super) kept: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) registration: Option<&'a crate::backend::Registration>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) verified: Option<Option<bool>>,
}

impl<'a> RetiredPart<'a> {
    pub(super) fn of(r: &'a Rotation) -> Self {
        RetiredPart {
            retired: &r.retired,
            revoked: &r.revoked,
            kept: &r.kept,
            registration: r.registration.as_ref(),
            verified: r.verified,
        }
    }
}

pub(super) struct Plan {
    /// Replace the one secret (one-secret servers) instead of adding one and retiring the rest.
    pub(super) replace: bool,
    pub(super) expires_in: Option<Span>,
    pub(super) overlap: Span,
    pub(super) revoke_old: bool,
    /// With `revoke_old`: revoke secrets younger than [`FRESH_HOURS`] too (an incident).
    pub(super) force: bool,
    pub(super) if_expiring_within: Option<Span>,
    pub(super) description: Option<String>,
}

pub(super) fn span_flag(flag: &str, v: &Option<String>) -> anyhow::Result<Option<Span>> {
    v.as_deref()
        .map(|s| parse_span(s).map_err(|e| CliError::usage(format!("{flag}: {e}")).into()))
        .transpose()
}

/// What became of a rotation once its new value was sent everywhere.
pub(super) enum Settled {
    /// Delivered everywhere asked; the old secrets were retired (or retiring failed part way).
    Retired(anyhow::Result<()>),
    /// Delivered somewhere, but not everywhere asked (the file, the keyring): nothing retired.
    Incomplete(anyhow::Error),
    /// It reached nobody: revoked again at once, nothing retired.
    Undelivered(anyhow::Error),
    /// Delivered, but the token endpoint refused it: kept, nothing retired.
    Refused(anyhow::Error),
}

/// Applies the delivery rule: retire the old secrets only when the value arrived everywhere it
/// was sent; revoke it again when it arrived nowhere.
#[allow(clippy::too_many_arguments)]
pub(super) async fn settle(
    backend: &dyn Backend,
    client_id: &str,
    plan: &Plan,
    old: &[Secret],
    now: DateTime<Utc>,
    rotation: &mut Rotation,
    outcome: &crate::commands::deliver::Outcome,
    keyring: Option<anyhow::Result<()>>,
    verify: &Verify<'_>,
) -> Settled {
    let secret = rotation.secret.as_ref().expect("a created rotation");
    if !outcome.reached_someone() {
        return Settled::Undelivered(
            crate::commands::deliver::undelivered(
                backend,
                client_id,
                secret,
                outcome,
                "the old secrets were left untouched",
            )
            .await,
        );
    }
    if !outcome.complete() {
        let hint = keyring
            .as_ref()
            .and_then(|k| k.as_ref().err())
            .and_then(crate::error::find_cli_error)
            .and_then(|c| c.hint.clone());
        let mut e = CliError::other(format!(
            "the new secret {} was created and delivered to {}, but delivering it failed ({}); the old secrets were left untouched",
            secret.id,
            outcome.reached(),
            outcome.failures()
        ));
        e.hint = hint;
        return Settled::Incomplete(e.into());
    }
    // Verify before retiring: a token for the new secret, before any old one is touched.
    if !plan.replace {
        let value = secret.value.clone().unwrap_or_default();
        let secret_id = secret.id.clone();
        if let Some(v) = verify.run(backend, client_id, &value).await {
            rotation.verified = Some(v.json());
            match v {
                Verified::Accepted => {}
                Verified::Untried(why) => rotation.unverified = Some(why),
                Verified::Refused(why) => {
                    return Settled::Refused(
                        CliError::other(format!(
                            "the token endpoint refused the new secret {secret_id} of client {client_id} ({why}); nothing was retired: the old secrets keep working, and the new secret was kept (it was delivered)"
                        ))
                        .with_hint(format!(
                            "check client {client_id} at the server; once the new secret gets a token, retire the old ones (`oauthctl secrets revoke {client_id} SECRET_ID`), or rotate with --no-verify"
                        ))
                        .into(),
                    );
                }
            }
        } else {
            rotation.verified = Some(None);
        }
    } else {
        rotation.verified = Some(None);
    }
    Settled::Retired(retire_old(backend, client_id, plan, old, now, rotation).await)
}

/// The newest secret that is not revoked (by expiration), if any.
pub(super) fn newest(secrets: &[Secret]) -> Option<&Secret> {
    secrets
        .iter()
        .filter(|s| s.revoked_at.is_none())
        // A secret without an expiry outlives every other.
        .max_by_key(|s| s.expiration.unwrap_or(DateTime::<Utc>::MAX_UTC))
}

/// The first half of a rotation: the new secret exists (or the client is not due, or — under
/// `--dry-run` — its creation was only planned).
pub(super) enum Step {
    Skipped(Rotation),
    /// `--dry-run`: the request that would create (or replace) the secret; nothing was sent.
    Planned(Planned),
    Created {
        old: Vec<Secret>,
        rotation: Rotation,
        value: String,
        now: DateTime<Utc>,
    },
}

/// Lists the old secrets and creates the new one. An error after the new secret exists comes
/// with the rotation so far, so the caller can still print it.
pub(super) async fn create_new(
    backend: &dyn Backend,
    client_id: &str,
    plan: &Plan,
) -> Result<Step, (Option<Rotation>, anyhow::Error)> {
    let now = Utc::now();
    let old = backend
        .list_secrets(client_id)
        .await
        .map_err(|e| (None, e))?;
    if let Some(w) = plan.if_expiring_within {
        let horizon = w.after(now).unwrap_or(now);
        if let Some(n) = newest(&old).filter(|n| n.expiration.is_none_or(|e| e > horizon)) {
            return Ok(Step::Skipped(Rotation {
                skipped: Some(match n.expiration {
                    Some(e) => format!(
                        "the newest secret {} expires {} ({}), after the window",
                        n.id,
                        fmt_time(e),
                        humanize(e, now)
                    ),
                    None => format!("the newest secret {} never expires", n.id),
                }),
                ..Rotation::new(None)
            }));
        }
    }
    if plan.replace {
        // One-secret servers: the new value replaces the old one at once (nothing to retire).
        let sent = backend.replace_secret(client_id).await.map_err(|e| {
            // A value the kind made itself whose replacement got no answer: it may be active, so
            // it is delivered all the same, marked so, with what to do next.
            if let Some(m) = e.downcast_ref::<crate::model::MaybeActive>() {
                let partial = Rotation {
                    registration: backend.new_registration(client_id),
                    may_be_active: true,
                    ..Rotation::new(Some(m.secret.clone()))
                };
                let cause = e
                    .chain()
                    .last()
                    .map(|c| c.to_string())
                    .unwrap_or_default();
                let e = CliError::other(format!(
                    "the answer to the replacement of client {client_id}'s secret was lost ({cause}): the new value shown may be active (and the old one no longer work), or the old one may still work"
                ))
                .with_hint(format!(
                    "try the new value: `oauthctl token --client-id {client_id} --client-secret-stdin`; if it gets a token, store it and update every app that uses the client; if not, the old secret still works: replace it again with `oauthctl secrets rotate {client_id} --replace`"
                ))
                .into();
                return (Some(partial), e);
            }
            // A new registration access token that came with a failed replacement is still shown.
            let partial = backend.new_registration(client_id).map(|r| Rotation {
                registration: Some(r),
                ..Rotation::new(None)
            });
            (partial, e)
        })?;
        let secret = match sent {
            Sent::Done(secret) => secret,
            Sent::Planned(plan) => return Ok(Step::Planned(plan)),
        };
        let rotation = Rotation {
            registration: backend.new_registration(client_id),
            revoked: old
                .iter()
                .filter(|s| s.revoked_at.is_none())
                .map(|s| s.id.clone())
                .collect(),
            ..Rotation::new(Some(secret))
        };
        let Some(value) = rotation.secret.as_ref().and_then(|s| s.value.clone()) else {
            return Err((
                Some(rotation),
                CliError::other("the server replaced the secret but its answer carried no value")
                    .with_hint(format!(
                        "the old secret no longer works; replace it again with `oauthctl secrets rotate {client_id} --replace`"
                    ))
                    .into(),
            ));
        };
        return Ok(Step::Created {
            old,
            rotation,
            value,
            now,
        });
    }
    // 1. Create the new secret (the Idempotency-Key makes HTTP retries safe).
    let req = CreateSecretRequest {
        description: plan
            .description
            .clone()
            .or_else(|| Some(format!("rotated {}", fmt_time(now)))),
        start_time: plan.expires_in.map(|_| now),
        expiration: plan.expires_in.and_then(|s| s.after(now)),
    };
    let secret = match backend
        .create_secret(client_id, &req)
        .await
        .map_err(|e| (None, e))?
    {
        Sent::Done(secret) => secret,
        Sent::Planned(plan) => return Ok(Step::Planned(plan)),
    };
    let rotation = Rotation::new(Some(secret));
    let Some(value) = rotation.secret.as_ref().and_then(|s| s.value.clone()) else {
        return Err((
            Some(rotation),
            CliError::other(
                "the server's answer carried no secret value; the old secrets were left untouched",
            )
            .into(),
        ));
    };
    Ok(Step::Created {
        old,
        rotation,
        value,
        now,
    })
}

/// The last step, once the new value was delivered: retire the old secrets.
pub(super) async fn retire_old(
    backend: &dyn Backend,
    client_id: &str,
    plan: &Plan,
    old: &[Secret],
    now: DateTime<Utc>,
    rotation: &mut Rotation,
) -> anyhow::Result<()> {
    if plan.replace {
        // The server replaced the old secret already.
        return Ok(());
    }
    let overlap_end = plan.overlap.after(now).unwrap_or(now);
    for s in old.iter().filter(|s| s.is_live(now)) {
        let result = if plan.revoke_old {
            // A secret of unknown age is kept too: it may be the one just delivered. With
            // --force (a leaked secret) every old one goes; the new one is not in `old`.
            if !plan.force
                && s.created_at
                    .is_none_or(|c| c > now - Duration::hours(FRESH_HOURS))
            {
                rotation.kept.push(s.id.clone());
                continue;
            }
            // Retiring follows a creation that was sent: never a plan.
            backend
                .revoke_secret(client_id, &s.id)
                .await
                .and_then(Sent::after_sent)
                .map(|_| rotation.revoked.push(s.id.clone()))
        } else if s.expiration.is_none_or(|e| overlap_end < e)
            && s.start_time.is_none_or(|st| overlap_end >= st)
        {
            backend
                .shorten_secret(client_id, &s.id, overlap_end)
                .await
                .and_then(Sent::after_sent)
                .map(|r| {
                    rotation.retired.push(Retired {
                        id: r.id,
                        expiration: r.expiration.unwrap_or(overlap_end),
                    })
                })
        } else {
            Ok(())
        };
        if let Err(e) = result {
            return Err(e.context("the new secret was created and delivered, but retiring the old secrets failed part way"));
        }
    }
    Ok(())
}
