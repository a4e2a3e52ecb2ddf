//! Prism (`@stoplight/prism-cli`, pinned in `tests/prism/package.json`) as a mock server on
//! loopback, answering from a vendor document: responses built from the document's examples and
//! schemas, and the document's own error responses for requests that break it.
//!
//! [`Prism::start`] installs Prism on first use ([`crate::npm`]: `npm ci` from the committed
//! lockfile; needs node and npm on `PATH`), runs `prism mock` on a free port and stops it when
//! dropped. A missing or broken install is a panic, never a skipped test.

use std::io::{BufRead, BufReader, Read};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crate::npm;

/// The npm package that provides the `prism` command.
const PACKAGE: &str = "@stoplight/prism-cli";
/// The line Prism prints once its server accepts requests.
const READY: &str = "Prism is listening on";
/// How long a starting Prism may take to print [`READY`].
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a stopping Prism gets between SIGTERM and SIGKILL.
const STOP_TIMEOUT: Duration = Duration::from_secs(5);

/// `tests/prism`: the npm package that pins Prism, and where it is installed.
pub fn dir() -> PathBuf {
    crate::root().join("tests/prism")
}

/// The path of the `prism` command, installing the pinned version first when it is missing or
/// another version is installed.
///
/// The install runs at most once per process (see [`crate::npm`]).
///
/// # Panics
///
/// When npm is missing or `npm ci` fails; the message carries npm's output.
pub fn ensure_installed() -> PathBuf {
    static INSTALLED: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let dir = dir();
    let tool = npm::Tool {
        package: PACKAGE,
        command: "prism",
        dir: &dir,
    };
    tool.install_once(&INSTALLED)
}

/// A running `prism mock` on 127.0.0.1, stopped (with any process it started) when dropped.
///
/// It runs as `prism mock <spec> --host 127.0.0.1 --port <free port> --errors --dynamic=false
/// --cors=false --multiprocess=false`:
/// - `--errors`: a request that breaks the document (a missing required parameter or header, a
///   value of the wrong type, missing credentials) gets an error response with an
///   `sl-violations` header instead of a normal one; so does a response that breaks its own
///   schema (500);
/// - `--dynamic=false`: bodies are the document's examples, or built the same way every time
///   from the schema (first enum value, `"string"`, the minimum), so responses are deterministic;
/// - `--cors=false`: no CORS headers, so response headers are only those the document gives;
/// - `--multiprocess=false`: a single node process.
///
/// A request can choose the response with `Prefer: code=404` (or `example=<name>`).
#[must_use = "Prism stops when this value is dropped"]
#[derive(Debug)]
pub struct Prism {
    child: Child,
    /// Set once the process has been waited for: its group id may then belong to others.
    exited: bool,
    port: u16,
    base_url: String,
    output: Arc<Mutex<String>>,
}

impl Prism {
    /// Starts Prism on `spec` (relative paths are taken from the workspace root) and waits until
    /// it accepts connections.
    ///
    /// # Panics
    ///
    /// When Prism cannot be installed, exits early (for example on a document it cannot read),
    /// or is not listening within 60 s; the message carries Prism's output.
    pub fn start(spec: &Path) -> Prism {
        let binary = ensure_installed();
        let spec = crate::root().join(spec);
        assert!(spec.is_file(), "no document at {}", spec.display());
        // The port is free when chosen, but another process may take it before Prism binds it.
        let mut attempts = Vec::new();
        for _ in 0..3 {
            match Prism::try_start(&binary, &spec) {
                Ok(prism) => return prism,
                Err(output) => attempts.push(output),
            }
        }
        panic!(
            "Prism found its port taken three times:\n{}",
            attempts.join("\n---\n")
        );
    }

    /// Starts Prism once; `Err` with its output when the port was taken.
    fn try_start(binary: &Path, spec: &Path) -> Result<Prism, String> {
        let port = free_port();
        let mut command = Command::new(binary);
        command
            .arg("mock")
            .arg(spec)
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--errors", "--dynamic=false", "--cors=false"])
            .arg("--multiprocess=false")
            // Plain log lines even where CI forces colours.
            .env("FORCE_COLOR", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // Its own process group, so that dropping it stops any process it starts too.
            .process_group(0);
        let mut child = command
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", binary.display()));
        let output = Arc::new(Mutex::new(String::new()));
        let readers = [
            child.stdout.take().map(|pipe| capture(pipe, &output)),
            child.stderr.take().map(|pipe| capture(pipe, &output)),
        ];
        let mut prism = Prism {
            child,
            exited: false,
            port,
            base_url: format!("http://127.0.0.1:{port}"),
            output,
        };
        let deadline = Instant::now() + START_TIMEOUT;
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        loop {
            if prism.output().contains(READY)
                && TcpStream::connect_timeout(&address, Duration::from_secs(1)).is_ok()
            {
                return Ok(prism);
            }
            if let Ok(Some(status)) = prism.child.try_wait() {
                prism.exited = true;
                // Let the readers take in the last lines.
                let until = Instant::now() + Duration::from_secs(2);
                while Instant::now() < until && readers.iter().flatten().any(|r| !r.is_finished()) {
                    thread::sleep(Duration::from_millis(20));
                }
                let output = prism.output();
                if output.contains("EADDRINUSE") {
                    return Err(output);
                }
                panic!(
                    "Prism exited ({status}) before listening, for {}:\n{output}",
                    spec.display()
                );
            }
            if Instant::now() >= deadline {
                panic!(
                    "Prism was not listening on port {port} after {} s, for {}:\n{}",
                    START_TIMEOUT.as_secs(),
                    spec.display(),
                    prism.output()
                );
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// `http://127.0.0.1:<port>`, without a trailing slash; the document's paths follow it
    /// directly (Prism ignores the path of the document's `servers`).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The base URL followed by `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// The port Prism listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Everything Prism has printed so far (stdout and stderr, one log line per event), for
    /// assertion messages: it says which response it chose and why a request broke the
    /// document.
    pub fn output(&self) -> String {
        self.output
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Sends `signal` to Prism's process group.
    fn signal(&self, signal: libc::c_int) {
        let Ok(pgid) = libc::pid_t::try_from(self.child.id()) else {
            return;
        };
        if pgid > 0 {
            // SAFETY: a plain kill(2) on the group that `process_group(0)` made for the child.
            unsafe {
                libc::kill(-pgid, signal);
            }
        }
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        if self.exited {
            return;
        }
        // The whole group gets the signal while its leader is not yet waited for, so the group
        // id cannot have been reused.
        self.signal(libc::SIGTERM);
        let deadline = Instant::now() + STOP_TIMEOUT;
        loop {
            match self.child.try_wait() {
                Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(20)),
                Ok(None) => {
                    self.signal(libc::SIGKILL);
                    let _ = self.child.wait();
                    return;
                }
                Ok(Some(_)) | Err(_) => return,
            }
        }
    }
}

/// A port on 127.0.0.1 that nothing listens on right now.
fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap_or_else(|e| panic!("no free port on 127.0.0.1: {e}"))
}

/// Appends everything `pipe` yields to `output`, line by line, until it closes.
fn capture(pipe: impl Read + Send + 'static, output: &Arc<Mutex<String>>) -> JoinHandle<()> {
    let output = Arc::clone(output);
    thread::spawn(move || {
        let mut reader = BufReader::new(pipe);
        let mut line = Vec::new();
        while let Ok(read) = reader.read_until(b'\n', &mut line) {
            if read == 0 {
                break;
            }
            output
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push_str(&String::from_utf8_lossy(&line));
            line.clear();
        }
    })
}
