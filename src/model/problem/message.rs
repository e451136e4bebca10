//! A sentence to say: a key of the translations and its arguments.

use super::*;

/// A sentence to say: a key of the translations (`locales/*.ftl`) and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Self { key, args }
    }
}

/// An argument of a message: numbers stay numbers, so plural rules and number formats apply.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(usize),
    /// A part of the sentence that is itself translated, in the same language ("Text "abc"").
    Said(Box<Message>),
}

impl From<&Found> for Arg {
    fn from(f: &Found) -> Self {
        Arg::Said(Box::new(f.message()))
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n)
    }
}
