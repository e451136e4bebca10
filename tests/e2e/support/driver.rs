//! ChromeDriver in its own process on a free port.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// ChromeDriver in its own process, killed when dropped (so a failing run leaves no browser).
pub struct Driver {
    child: Child,
    pub url: String,
}

impl Driver {
    pub fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        use std::os::unix::process::CommandExt;
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            // Its own process group: a Ctrl-C in the terminal reaches the test, not the browser.
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin} ({e}); run scripts/test.sh, which installs it"));
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { child, url }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Ask ChromeDriver to quit (it closes the browsers it started), then make sure it is gone.
        // Only this one process is signalled: never a process group.
        if let Some(addr) = self.url.strip_prefix("http://") {
            if let Ok(mut s) = std::net::TcpStream::connect(addr) {
                use std::io::Write;
                let _ = write!(s, "GET /shutdown HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
            }
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
