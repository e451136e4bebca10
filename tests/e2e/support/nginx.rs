//! nginx (Debian's package, installed by scripts/setup-test.sh) serving a copy of the release
//! build under `/bildungskarte/` with the `location` block of docs/einbindung.md, word for word;
//! only the CSP's hash placeholder is filled in, as the guide tells the web team to.

use super::root;
use super::server::{csp_hashes, inline_scripts};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub struct Nginx {
    /// `http://127.0.0.1:<port>`; the map is at `/bildungskarte/`.
    pub base: String,
    pub version: String,
    pub dir: PathBuf,
    child: Child,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The ```nginx block of the hosting guide.
pub fn documented_location() -> Result<String, String> {
    let guide = std::fs::read_to_string(root().join("docs/einbindung.md")).map_err(|e| e.to_string())?;
    let start = guide.find("```nginx\n").ok_or("docs/einbindung.md has no ```nginx block")? + "```nginx\n".len();
    let end = guide[start..].find("```").ok_or("unclosed ```nginx block")? + start;
    Ok(guide[start..end].to_string())
}

fn binary() -> Option<PathBuf> {
    ["/usr/sbin/nginx", "/usr/bin/nginx"].iter().map(PathBuf::from).find(|p| p.exists())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Starts nginx on a free port with a copy of `dist` (plus `config-fehlt.json`, a config naming a
/// missing file). `Err` says why not (nginx missing: scripts/setup-test.sh installs it).
pub fn start(dist: &Path) -> Result<Nginx, String> {
    let nginx = binary().ok_or("nginx is not installed (scripts/setup-test.sh installs Debian's package)")?;
    let version = Command::new(&nginx).arg("-v").output().map_err(|e| e.to_string())?;
    let version = String::from_utf8_lossy(&version.stderr).trim().to_string();
    let dir = std::env::temp_dir().join(format!("bk-nginx-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let site = dir.join("www/bildungskarte");
    copy_dir(dist, &site).map_err(|e| format!("copying the build: {e}"))?;
    let config = std::fs::read_to_string(site.join("config.json")).map_err(|e| e.to_string())?;
    let missing = config.replacen("\"sources\": [", "\"sources\": [\n    \"data/fehlt.geojson\",", 1);
    std::fs::write(site.join("config-fehlt.json"), missing).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dir.join("logs")).map_err(|e| e.to_string())?;

    let html = std::fs::read_to_string(dist.join("index.html")).map_err(|e| e.to_string())?;
    let hashes = csp_hashes(&inline_scripts(&html)).join(" ");
    let location = documented_location()?;
    if !location.contains("'sha256-…'") {
        return Err("the documented CSP has no 'sha256-…' placeholder to fill in".into());
    }
    let location = location.replace("'sha256-…'", &hashes);
    let port =
        std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    let d = dir.display();
    let conf = format!(
        "daemon off;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/logs/error.log;\n{user}\
         events {{ worker_connections 256; }}\n\
         http {{\n  access_log {d}/logs/access.log;\n  client_body_temp_path {d}/tmp-body;\n\
         proxy_temp_path {d}/tmp-proxy;\n  fastcgi_temp_path {d}/tmp-fastcgi;\n  uwsgi_temp_path {d}/tmp-uwsgi;\n\
         scgi_temp_path {d}/tmp-scgi;\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n\
         server {{\n    listen 127.0.0.1:{port};\n    root {d}/www;\n\n{location}\n  }}\n}}\n",
        // Workers read the copied build as the user that started the test.
        user = if is_root() { "user root;\n" } else { "" },
    );
    let conf_path = dir.join("nginx.conf");
    std::fs::write(&conf_path, &conf).map_err(|e| e.to_string())?;
    let check = Command::new(&nginx).arg("-t").arg("-c").arg(&conf_path).arg("-p").arg(&dir).output();
    let check = check.map_err(|e| e.to_string())?;
    if !check.status.success() {
        return Err(format!(
            "nginx -t refused the documented configuration: {}",
            String::from_utf8_lossy(&check.stderr)
        ));
    }
    let child = Command::new(&nginx)
        .arg("-c")
        .arg(&conf_path)
        .arg("-p")
        .arg(&dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let server = Nginx { base: format!("http://127.0.0.1:{port}"), version, dir, child };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Err("nginx did not start listening".into())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

impl Nginx {
    /// Lines of the access log: `"GET /path HTTP/1.1" status`.
    pub fn requests(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("logs/access.log"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| {
                let start = l.find('"')? + 1;
                let end = l[start..].find('"')? + start;
                let status = l[end + 1..].split_whitespace().next().unwrap_or("");
                Some(format!("{} {status}", &l[start..end]))
            })
            .collect()
    }
}
