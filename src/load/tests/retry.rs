//! Files that do not arrive: silent, stalling, failing once or always, a 404, a foreign address,
//! a config that sends nothing. What is said when, what is tried again, and what is busy.

use super::*;

#[tokio::test]
async fn a_silent_file_times_out_and_the_other_still_shows() {
    let host = memory(&[("a.geojson", vec![Answer::Silent]), ("b.geojson", vec![Answer::File(B, 0)])]);
    let mut l = loader();
    let started = std::time::Instant::now();
    l.run(&host).await;
    assert_eq!(names(&l), ["b1", "shared"]);
    assert_eq!(fatal_of(&l, "a.geojson"), Some(Kind::Unreachable { failure: Failure::NoAnswer { secs: 1 } }));
    assert_eq!(host.asked.borrow()["/site/a.geojson"], 2, "a timeout is tried once more");
    // Two tries of 300 ms and the pause: the loader does not wait for ever.
    assert!(started.elapsed().as_millis() < 2000);
    // b's places came before a was given up.
    let events = host.events.borrow();
    let places_at = events.iter().position(|e| matches!(e, Event::Places { .. })).unwrap();
    let a_failed_at =
        events.iter().position(|e| matches!(e, Event::Reports(r) if r.iter().any(|r| r.file == "a.geojson"))).unwrap();
    assert!(places_at < a_failed_at);
}

#[tokio::test]
async fn a_body_that_stalls_is_given_up_but_a_slow_one_is_not() {
    // Six pieces 100 ms apart: 600 ms in all, longer than the 300 ms timeout, never silent that long.
    let host = memory(&[("a.geojson", vec![Answer::Pieces(A, 6, 100)]), ("b.geojson", vec![Answer::Stalls(B, 40)])]);
    let mut l = loader();
    l.run(&host).await;
    assert_eq!(names(&l), ["a1", "shared"]);
    assert!(matches!(fatal_of(&l, "b.geojson"), Some(Kind::Unreachable { failure: Failure::NoAnswer { .. } })));
}

#[tokio::test]
async fn failing_once_is_healed_by_the_automatic_retry() {
    let gone = Failure::Status { code: 503, text: "Service Unavailable".into() };
    let host = memory(&[
        ("a.geojson", vec![Answer::Fails(gone), Answer::File(A, 0)]),
        ("b.geojson", vec![Answer::Fails(Failure::Network("connection reset".into())), Answer::File(B, 0)]),
    ]);
    let mut l = loader();
    l.run(&host).await;
    assert_eq!(names(&l), ["a1", "b1", "shared"]);
    assert!(l.reports().iter().all(|r| r.fatal.is_none()));
}

#[tokio::test]
async fn a_404_is_not_retried_by_itself_but_run_again_fetches_only_what_failed() {
    let host = memory(&[
        ("a.geojson", vec![Answer::File(A, 0)]),
        ("b.geojson", vec![Answer::Fails(not_found()), Answer::File(B, 0)]),
    ]);
    let mut l = loader();
    l.run(&host).await;
    assert_eq!(host.asked.borrow()["/site/b.geojson"], 1);
    assert!(matches!(host.events.borrow().last(), Some(Event::Settled { failed: 1 })));
    // The visitor presses "Erneut versuchen".
    l.run(&host).await;
    assert_eq!(names(&l), ["a1", "b1", "shared"], "b's places once, a's not doubled");
    let asked = host.asked.borrow();
    assert_eq!((asked["/site/config.json"], asked["/site/a.geojson"], asked["/site/b.geojson"]), (1, 1, 2));
    assert_eq!(l.reports().len(), 2, "the retried file's report replaced its failure");
    assert!(matches!(host.events.borrow().last(), Some(Event::Settled { failed: 0 })));
    // The second time, b's places come with their index (filters stay applied).
    let events = host.events.borrow();
    assert!(
        matches!(events.iter().rev().find(|e| matches!(e, Event::Places { .. })), Some(Event::Places { index: Some(i), .. }) if i.len() == 3)
    );
}

#[tokio::test]
async fn failing_always_is_reported_after_two_tries() {
    let host = memory(&[
        ("a.geojson", vec![Answer::File(A, 0)]),
        ("b.geojson", vec![Answer::Fails(Failure::Network("offline".into()))]),
    ]);
    let mut l = loader();
    l.run(&host).await;
    assert_eq!(host.asked.borrow()["/site/b.geojson"], 2);
    assert_eq!(l.reports()[1].failure(), Some(&Failure::Network("offline".into())));
    assert_eq!(names(&l), ["a1", "shared"]);
}

#[tokio::test]
async fn a_foreign_address_is_named_and_the_config_failing_says_whether_retry_helps() {
    let config = CONFIG.replace("\"b.geojson\"", "\"https://elsewhere.example/b.geojson\"");
    let config: &'static str = Box::leak(config.into_boxed_str());
    let host = memory(&[("config.json", vec![Answer::File(config, 0)]), ("a.geojson", vec![Answer::File(A, 0)])]);
    let mut l = loader();
    l.run(&host).await;
    assert_eq!(names(&l), ["a1", "shared"]);
    assert!(matches!(l.reports()[1].failure(), Some(Failure::Address { foreign: Some(_), .. })));

    for (answer, retry) in [
        (Answer::Fails(Failure::Status { code: 502, text: String::new() }), true),
        (Answer::Fails(not_found()), true),
        (Answer::File("{\"title\": ", 0), false),
    ] {
        let host = memory(&[("config.json", vec![answer.clone()])]);
        let mut l = loader();
        l.run(&host).await;
        let events = host.events.borrow();
        // The last word is the config's failure, and it is not still being tried.
        assert!(
            matches!(events.last(), Some(Event::ConfigFailed { file, retry: r, retrying: false, .. }) if file == "config.json" && *r == retry),
            "{answer:?}: {events:?}"
        );
        assert!(events.iter().all(|e| matches!(e, Event::ConfigFailed { .. })), "{events:?}");
    }
}

#[tokio::test]
async fn a_config_that_sends_nothing_is_named_at_its_first_timeout_and_comes_at_its_second_try() {
    let host = memory(&[
        ("config.json", vec![Answer::Silent, Answer::File(CONFIG, 0)]),
        ("a.geojson", vec![Answer::File(A, 0)]),
        ("b.geojson", vec![Answer::File(B, 0)]),
    ]);
    let mut l = loader();
    l.run(&host).await;
    let events = host.events.borrow();
    assert!(matches!(&events[0], Event::ConfigFailed { retry: true, retrying: true, .. }), "{events:?}");
    assert!(matches!(&events[1], Event::Config(_)), "{events:?}");
    assert_eq!(names(&l), ["a1", "b1", "shared"]);
}

#[tokio::test]
async fn a_silent_file_is_named_at_its_first_timeout_while_it_is_tried_again() {
    // a sends nothing at first and arrives at its second try; c sends nothing at all.
    let config = CONFIG.replace("\"b.geojson\"", "\"b.geojson\", \"c.geojson\"");
    let config: &'static str = Box::leak(config.into_boxed_str());
    let host = memory(&[
        ("config.json", vec![Answer::File(config, 0)]),
        ("a.geojson", vec![Answer::Silent, Answer::File(A, 0)]),
        ("b.geojson", vec![Answer::File(B, 0)]),
        ("c.geojson", vec![Answer::Silent]),
    ]);
    let mut l = loader();
    l.run(&host).await;
    let events = host.events.borrow();
    let reports: Vec<&Vec<SourceReport>> =
        events.iter().filter_map(|e| if let Event::Reports(r) = e { Some(r) } else { None }).collect();
    let state = |rs: &Vec<SourceReport>, file: &str| {
        rs.iter().find(|r| r.file == file).map(|r| (r.failure().is_some(), r.retrying))
    };
    // Named after one timeout, busy while it is tried again; b's report never busy.
    assert!(reports.iter().any(|rs| state(rs, "a.geojson") == Some((true, true))), "{reports:?}");
    assert!(reports.iter().any(|rs| state(rs, "c.geojson") == Some((true, true))), "{reports:?}");
    assert!(reports.iter().all(|rs| state(rs, "b.geojson").is_none_or(|s| s == (false, false))));
    // At the end: a arrived, c failed and is no longer busy.
    let last = reports.last().unwrap();
    assert_eq!(state(last, "a.geojson"), Some((false, false)));
    assert_eq!(state(last, "c.geojson"), Some((true, false)));
    assert_eq!(names(&l), ["a1", "b1", "shared"]);
}

#[tokio::test]
async fn trying_again_makes_only_the_failed_files_busy() {
    let host = memory(&[
        ("a.geojson", vec![Answer::File(A, 0)]),
        ("b.geojson", vec![Answer::Fails(not_found()), Answer::File(B, 50)]),
    ]);
    let mut l = loader();
    l.run(&host).await;
    host.events.borrow_mut().clear();
    l.run(&host).await;
    let events = host.events.borrow();
    let Some(Event::Reports(first)) = events.first() else { panic!("{events:?}") };
    assert_eq!(
        first.iter().map(|r| (r.file.as_str(), r.retrying)).collect::<Vec<_>>(),
        [("a.geojson", false), ("b.geojson", true)]
    );
}
