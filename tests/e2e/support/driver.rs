//! The WebDriver servers, each in its own process on a free port: ChromeDriver for the whole run,
//! geckodriver and WebKitWebDriver for the core tests, started when a test first needs one.

use super::Engine;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A WebDriver server in its own process, killed when dropped (so a failing run leaves no browser).
pub struct Driver {
    child: Child,
    pub url: String,
    /// Whether the whole process group is ours to end: geckodriver's Firefox and xvfb-run's Xvfb
    /// and WebKitWebDriver live in the group we made for them, and outlive a signal to the leader.
    group: bool,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Waits until something listens on `port`, or gives up when the process has ended.
fn wait_listening(child: &mut Child, port: u16, what: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("{what} ended at its start ({status})"));
        }
        if Instant::now() > deadline {
            return Err(format!("{what} did not listen on port {port} within 20 s"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(())
}

impl Driver {
    pub fn start() -> Self {
        let port = free_port();
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        use std::os::unix::process::CommandExt;
        let mut child = Command::new(&bin)
            .arg(format!("--port={port}"))
            // Its own process group: a Ctrl-C in the terminal reaches the test, not the browser.
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {bin} ({e}); run scripts/test.sh, which installs it"));
        if let Err(e) = wait_listening(&mut child, port, "chromedriver") {
            panic!("{e}");
        }
        Self { child, url: format!("http://127.0.0.1:{port}"), group: false }
    }

    /// geckodriver (`GECKODRIVER`, else on `PATH`) or WebKitWebDriver under `xvfb-run`, in a
    /// process group of its own.
    pub fn start_for(engine: Engine) -> Result<Self, String> {
        let port = free_port();
        let mut cmd = match engine {
            Engine::Chromium => return Ok(Self::start()),
            Engine::Firefox => {
                let bin = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
                let mut c = Command::new(bin);
                c.args(["--host", "127.0.0.1", "--port", &port.to_string()]);
                c
            }
            Engine::WebKit => {
                // WebKitGTK draws into an X display even when nobody looks: a virtual one, large
                // enough for a 1280×800 window (xvfb-run's default screen is 640×480).
                let mut c = Command::new("xvfb-run");
                c.args(["-a", "-s", "-screen 0 1920x1200x24", "WebKitWebDriver", &format!("--port={port}")]);
                // WebKitGTK's navigator.languages follow the process's locale, not a capability.
                c.env("LC_ALL", "de_DE.UTF-8").env("LANG", "de_DE.UTF-8").env("LANGUAGE", "de_DE:de");
                c
            }
        };
        use std::os::unix::process::CommandExt;
        let name = engine.name();
        let mut child =
            cmd.process_group(0)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("cannot start the {name} driver ({e}); scripts/setup-test.sh installs it"))?;
        if let Err(e) = wait_listening(&mut child, port, &format!("the {name} driver")) {
            let mut d = Self { child, url: String::new(), group: true };
            d.end_group();
            return Err(e);
        }
        Ok(Self { child, url: format!("http://127.0.0.1:{port}"), group: true })
    }

    /// Ends the process group we made for this driver (its pid is the group's id): TERM first,
    /// so Xvfb removes its lock and Firefox its profile, then KILL whatever is left.
    fn end_group(&mut self) {
        let id = self.child.id();
        let group = format!("-{id}");
        let signal = |sig: &str| {
            let _ = Command::new("kill").args([sig, "--", &group]).stderr(Stdio::null()).status();
        };
        signal("-TERM");
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            // Reaps the leader once it exits; the rest of the group may take a moment longer.
            let leader_gone = matches!(self.child.try_wait(), Ok(Some(_)));
            if leader_gone && !group_running(id) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        signal("-KILL");
        let _ = self.child.wait();
    }
}

/// Whether a process of group `pgid` still runs. Zombies do not count: orphans whose parent (the
/// group's leader) is gone wait for an init that may never reap them, but they hold nothing.
fn group_running(pgid: u32) -> bool {
    let Ok(procs) = std::fs::read_dir("/proc") else { return false };
    procs.flatten().any(|p| {
        let stat = std::fs::read_to_string(p.path().join("stat")).unwrap_or_default();
        // After the command's name in parentheses: state, ppid, pgrp.
        let mut rest = stat.rsplit(')').next().unwrap_or_default().split_whitespace();
        let state = rest.next().unwrap_or("Z");
        let pgrp = rest.nth(1).and_then(|g| g.parse::<u32>().ok());
        pgrp == Some(pgid) && state != "Z" && state != "X"
    })
}

impl Drop for Driver {
    fn drop(&mut self) {
        if self.group {
            self.end_group();
            return;
        }
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

/// Idle geckodriver and WebKitWebDriver servers. Each serves one session at a time, so a test
/// takes one (started if none is idle: a run that filters them all out starts none) and gives it
/// back when its session closed cleanly. Dropping this ends them all.
#[derive(Default)]
pub struct Drivers {
    idle: Mutex<Vec<(Engine, Driver)>>,
    /// Held while a driver starts: two `xvfb-run -a` starting at once can pick the same display.
    starting: Mutex<()>,
}

impl Drivers {
    pub fn take(&self, engine: Engine) -> Result<Driver, String> {
        {
            let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(i) = idle.iter().position(|(e, _)| *e == engine) {
                return Ok(idle.swap_remove(i).1);
            }
        }
        let _one_at_a_time = self.starting.lock().unwrap_or_else(|e| e.into_inner());
        Driver::start_for(engine)
    }

    pub fn give_back(&self, engine: Engine, driver: Driver) {
        self.idle.lock().unwrap_or_else(|e| e.into_inner()).push((engine, driver));
    }
}
