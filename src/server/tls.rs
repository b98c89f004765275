//! The dev server's listeners: plain TCP, or HTTPS (`--tls-cert`/`--tls-key`, rustls with the
//! ring provider); every accepted connection with TCP_NODELAY and a lingering close ([`Lingering`]).

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};

use anyhow::Context as _;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::rustls;
use tokio_rustls::TlsAcceptor;

pub fn acceptor(cert: &Path, key: &Path) -> anyhow::Result<TlsAcceptor> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .with_context(|| format!("--tls-cert {}: cannot read it", cert.display()))?
        .collect::<Result<_, _>>()
        .with_context(|| format!("--tls-cert {}: not a PEM certificate chain", cert.display()))?;
    if certs.is_empty() {
        anyhow::bail!("--tls-cert {}: no certificate in it", cert.display());
    }
    let key = PrivateKeyDer::from_pem_file(key)
        .with_context(|| format!("--tls-key {}: not a PEM private key", key.display()))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .context("the TLS certificate and key do not fit together")?;
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// At most this much more of a request is read and thrown away when the server closes a
/// connection ([`Lingering`]): a body over the limit (413) that is still being sent.
pub const LINGER_BYTES: usize = 16 * 1024 * 1024;
/// A lingering close lasts at most this long …
pub const LINGER_TIME: Duration = Duration::from_secs(10);
/// … and ends when the client sends nothing for this long.
pub const LINGER_IDLE: Duration = Duration::from_secs(2);

/// A connection that closes the way a client can read the last answer (a "lingering close").
///
/// When the server answers before it has read the whole request — a body over the limit gets
/// 413 after its first MiB — and closes the socket with the rest unread, the kernel answers the
/// data still arriving with a reset, and a client still sending never reads the answer. So the
/// shutdown first ends the sending side (the client sees the answer end), then reads and throws
/// away what the client still sends, until it closes, or for at most [`LINGER_BYTES`] and
/// [`LINGER_TIME`], or until it sends nothing for [`LINGER_IDLE`]. A client that already closed
/// (the usual end of a connection) costs one read.
pub struct Lingering<T> {
    io: T,
    linger: Option<Linger>,
}

struct Linger {
    write_closed: bool,
    drained: usize,
    deadline: Pin<Box<Sleep>>,
    idle: Pin<Box<Sleep>>,
}

impl<T> Lingering<T> {
    pub fn new(io: T) -> Self {
        Lingering { io, linger: None }
    }

    pub fn get_ref(&self) -> &T {
        &self.io
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Lingering<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl<T: AsyncRead + AsyncWrite + Unpin> AsyncWrite for Lingering<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        let this = self.get_mut();
        let l = this.linger.get_or_insert_with(|| Linger {
            write_closed: false,
            drained: 0,
            deadline: Box::pin(tokio::time::sleep(LINGER_TIME)),
            idle: Box::pin(tokio::time::sleep(LINGER_IDLE)),
        });
        if !l.write_closed {
            ready!(Pin::new(&mut this.io).poll_shutdown(cx))?;
            l.write_closed = true;
        }
        let mut scratch = [0u8; 16 * 1024];
        loop {
            if l.drained >= LINGER_BYTES
                || l.deadline.as_mut().poll(cx).is_ready()
                || l.idle.as_mut().poll(cx).is_ready()
            {
                return Poll::Ready(Ok(()));
            }
            let mut buf = ReadBuf::new(&mut scratch);
            match ready!(Pin::new(&mut this.io).poll_read(cx, &mut buf)) {
                Ok(()) if buf.filled().is_empty() => return Poll::Ready(Ok(())),
                Ok(()) => {
                    l.drained += buf.filled().len();
                    l.idle.as_mut().reset(Instant::now() + LINGER_IDLE);
                }
                // Reset or gone: nothing more to wait for.
                Err(_) => return Poll::Ready(Ok(())),
            }
        }
    }
}

/// Accepts plain TCP connections, each with a lingering close.
pub struct PlainListener {
    inner: TcpListener,
}

/// The plain listener: TCP_NODELAY on every accepted socket (see [`TlsListener`]), and a
/// lingering close ([`Lingering`]). (`tap_io` also gives the server the client's address.)
pub fn plain_listener(
    inner: TcpListener,
) -> axum::serve::TapIo<PlainListener, impl FnMut(&mut Lingering<TcpStream>) + Send + 'static> {
    use axum::serve::ListenerExt;
    PlainListener { inner }.tap_io(|io: &mut Lingering<TcpStream>| {
        let _ = io.get_ref().set_nodelay(true);
    })
}

impl axum::serve::Listener for PlainListener {
    type Io = Lingering<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (tcp, addr) = axum::serve::Listener::accept(&mut self.inner).await;
        (Lingering::new(tcp), addr)
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        self.inner.local_addr()
    }
}

/// A TLS connection over a TCP one with a lingering close ([`Lingering`]): the TLS close is sent,
/// then the TCP connection lingers.
pub type TlsConn = tokio_rustls::server::TlsStream<Lingering<TcpStream>>;

/// Accepts TCP connections and completes each TLS handshake in its own task, so a client that
/// connects and sends nothing cannot hold up the others.
pub struct TlsListener {
    rx: tokio::sync::mpsc::Receiver<(TlsConn, SocketAddr)>,
    local: SocketAddr,
}

impl TlsListener {
    pub fn new(inner: TcpListener, acceptor: TlsAcceptor) -> std::io::Result<TlsListener> {
        let local = inner.local_addr()?;
        let (tx, rx) = tokio::sync::mpsc::channel(64);
        tokio::spawn(async move {
            loop {
                let Ok((stream, addr)) = inner.accept().await else {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                // Without it, a small response waits on Nagle's algorithm for the client's
                // delayed ACK (~40 ms per request).
                let _ = stream.set_nodelay(true);
                let (acceptor, tx) = (acceptor.clone(), tx.clone());
                tokio::spawn(async move {
                    let handshake = acceptor.accept(Lingering::new(stream));
                    if let Ok(Ok(tls)) =
                        tokio::time::timeout(Duration::from_secs(5), handshake).await
                    {
                        let _ = tx.send((tls, addr)).await;
                    }
                });
            }
        });
        Ok(TlsListener { rx, local })
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsConn;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.rx.recv().await {
            Some(conn) => conn,
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::serve::Listener;

    /// A lingering close reads what the client still sends, up to its bound, and ends at once
    /// when the client has closed.
    #[tokio::test]
    async fn a_lingering_close_drains_a_bounded_amount() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();

        // A client that never stops sending: the server stops after LINGER_BYTES.
        let sender = tokio::spawn(async move {
            let mut c = TcpStream::connect(addr).await.unwrap();
            let piece = vec![b'x'; 64 * 1024];
            let mut sent = 0usize;
            while c.write_all(&piece).await.is_ok() {
                sent += piece.len();
            }
            sent
        });
        let (tcp, _) = listener.accept().await.unwrap();
        let mut server = Lingering::new(tcp);
        server.shutdown().await.unwrap();
        assert!(server.linger.as_ref().unwrap().drained >= LINGER_BYTES);
        drop(server);
        assert!(sender.await.unwrap() >= LINGER_BYTES);

        // A client that reads the answer and closes: the server sees its end at once.
        let reader = tokio::spawn(async move {
            let mut c = TcpStream::connect(addr).await.unwrap();
            c.write_all(b"request").await.unwrap();
            let mut answer = Vec::new();
            c.read_to_end(&mut answer).await.unwrap();
            answer
        });
        let (tcp, _) = listener.accept().await.unwrap();
        let mut server = Lingering::new(tcp);
        server.write_all(b"answer").await.unwrap();
        server.shutdown().await.unwrap();
        assert_eq!(
            server.linger.as_ref().unwrap().drained,
            b"request".len(),
            "the request left unread was read, then the client's end"
        );
        assert_eq!(reader.await.unwrap(), b"answer");
    }

    /// Nagle's algorithm on an accepted socket held each small response back for the client's
    /// delayed ACK (~40 ms per HTTPS request): both listeners must set TCP_NODELAY.
    #[tokio::test]
    async fn accepted_sockets_set_tcp_nodelay() {
        // Plain.
        let inner = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = inner.local_addr().unwrap();
        let mut plain = plain_listener(inner);
        let _client = TcpStream::connect(addr).await.unwrap();
        let (io, _) = plain.accept().await;
        assert!(
            io.get_ref().nodelay().unwrap(),
            "plain socket without TCP_NODELAY"
        );

        // TLS: a self-signed certificate, and a client that trusts it.
        let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let (cp, kp) = (dir.path().join("c.pem"), dir.path().join("k.pem"));
        std::fs::write(&cp, cert.cert.pem()).unwrap();
        std::fs::write(&kp, cert.key_pair.serialize_pem()).unwrap();
        let inner = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = inner.local_addr().unwrap();
        let mut tls = TlsListener::new(inner, acceptor(&cp, &kp).unwrap()).unwrap();
        let mut roots = rustls::RootCertStore::empty();
        roots.add(cert.cert.der().clone()).unwrap();
        let config = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
        let client = tokio::spawn(async move {
            let tcp = TcpStream::connect(addr).await.unwrap();
            let name = rustls_pki_types::ServerName::try_from("localhost").unwrap();
            tokio_rustls::TlsConnector::from(Arc::new(config))
                .connect(name, tcp)
                .await
                .unwrap()
        });
        let (io, _) = tls.accept().await;
        assert!(
            io.get_ref().0.get_ref().nodelay().unwrap(),
            "TLS socket without TCP_NODELAY"
        );
        drop(client.await.unwrap());
    }
}
