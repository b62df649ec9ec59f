//! Start-up timing for measurements: with OSPO_TIMING set, the app logs on stderr how long after
//! the process started the window asked for the plan library (the library is drawn right after).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();
static LISTED: AtomicBool = AtomicBool::new(false);

pub fn start() {
    START.get_or_init(Instant::now);
}

pub fn first_listing(plans: usize) {
    if LISTED.swap(true, Ordering::Relaxed) || std::env::var_os("OSPO_TIMING").is_none() {
        return;
    }
    if let Some(start) = START.get() {
        eprintln!(
            "ospo-planner: library of {plans} plans listed {} ms after start",
            start.elapsed().as_millis()
        );
    }
}
