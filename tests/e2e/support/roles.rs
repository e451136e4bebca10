//! Finding elements the way assistive technology does: by computed ARIA role and accessible name.

use super::browser::ElementGet;
use super::{AnyResult, Browser, Engine, fail};
use fantoccini::Locator;
use fantoccini::elements::Element;
use std::time::{Duration, Instant};

/// CSS that preselects candidates for an ARIA role; the computed role decides.
fn candidates(role: &str) -> &'static str {
    match role {
        "button" => "button, [role=button]",
        "checkbox" => "input[type=checkbox], [role=checkbox], [role=switch]",
        "dialog" => "dialog, [role=dialog]",
        "region" => "section, [role=region]",
        "alert" => "[role=alert]",
        "link" => "a[href], [role=link]",
        "heading" => "h1, h2, h3, h4, h5, h6, [role=heading]",
        "status" => "[role=status], output",
        "list" => "ul, ol, [role=list]",
        "searchbox" => "input[type=search], [role=searchbox]",
        "combobox" => "select, input, [role=combobox]",
        "textbox" => "input, textarea, [role=textbox]",
        _ => "*",
    }
}

impl Browser {
    pub async fn computed(&self, e: &Element, what: &'static str) -> AnyResult<String> {
        let v = self.c.issue_cmd(ElementGet { element: e.element_id().to_string(), what }).await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    pub async fn role(&self, e: &Element) -> AnyResult<String> {
        self.computed(e, "computedrole").await
    }

    pub async fn name(&self, e: &Element) -> AnyResult<String> {
        self.computed(e, "computedlabel").await
    }

    /// All elements with this computed role whose accessible name satisfies `matches`.
    pub async fn all_by_role(&self, role: &str, matches: impl Fn(&str) -> bool) -> AnyResult<Vec<Element>> {
        let mut out = Vec::new();
        for e in self.c.find_all(Locator::Css(candidates(role))).await? {
            let computed = match self.role(&e).await {
                Ok(r) => r,
                // WebKitWebDriver answers "unknown error" for elements outside the accessibility
                // tree (the page's <head>, for one): they have no role to match.
                Err(_) if self.engine == Engine::WebKit => continue,
                Err(err) => return Err(err),
            };
            if computed == role && matches(&self.name(&e).await?) {
                out.push(e);
            }
        }
        Ok(out)
    }

    /// The search field, found as a visitor's screen reader finds it ("Suche …").
    pub async fn search_box(&self) -> AnyResult<Element> {
        let boxes = self.all_by_role("searchbox", |n| n.starts_with("Suche")).await?;
        match boxes.into_iter().next() {
            Some(b) => Ok(b),
            None => fail("no searchbox named Suche…"),
        }
    }

    /// Types `text` into the search field in place of what it held.
    pub async fn search(&self, text: &str) -> AnyResult<()> {
        let input = self.search_box().await?;
        // The widget hands focus back one frame after a panel closes; typed before that frame, the
        // rest of the text would land on the list entry or marker (WebKit's frames come late).
        self.next_frame().await?;
        input.clear().await?;
        input.send_keys(text).await?;
        Ok(())
    }

    /// The texts of every `role="alert"` (the widget's notices).
    pub async fn alerts(&self) -> AnyResult<Vec<String>> {
        let mut out = Vec::new();
        for a in self.all_by_role("alert", |_| true).await? {
            out.push(a.text().await?);
        }
        Ok(out)
    }

    /// The one element with this role and exactly this accessible name.
    pub async fn by_role(&self, role: &str, name: &str) -> AnyResult<Element> {
        let found = self.all_by_role(role, |n| n == name).await?;
        match found.len() {
            1 => Ok(found.into_iter().next().unwrap()),
            n => fail(format!("expected one {role} named {name:?}, found {n}")),
        }
    }

    pub async fn wait_by_role(&self, role: &str, name: &str) -> AnyResult<Element> {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            match self.by_role(role, name).await {
                Ok(e) => return Ok(e),
                Err(e) if Instant::now() > deadline => return Err(e),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }
}
