//! PDF speed: the full proposal and the brief of a plan with 200 budget lines, in process. Each
//! is timed twice: wall time, and the thread's CPU time, which other work on a shared machine
//! does not inflate (the two agree on a quiet machine).

mod support;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion};
use ospo_core::report::{self, Document, Paper};

/// CPU time of the calling thread, in nanoseconds.
struct ThreadCpu;

fn thread_cpu_ns() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    t.tv_sec as f64 * 1e9 + t.tv_nsec as f64
}

impl Measurement for ThreadCpu {
    type Intermediate = f64;
    type Value = f64;

    fn start(&self) -> f64 {
        thread_cpu_ns()
    }
    fn end(&self, started: f64) -> f64 {
        thread_cpu_ns() - started
    }
    fn add(&self, a: &f64, b: &f64) -> f64 {
        a + b
    }
    fn zero(&self) -> f64 {
        0.0
    }
    fn to_f64(&self, value: &f64) -> f64 {
        *value
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        // Nanoseconds, shown as durations like wall time.
        static WALL: WallTime = WallTime;
        WALL.formatter()
    }
}

fn documents<M: Measurement>(c: &mut Criterion<M>, group: &str) {
    let plan = support::plan_with_200_lines();
    let mut g = c.benchmark_group(group);
    g.sample_size(30);
    g.bench_function("full proposal", |b| {
        b.iter(|| report::render(&plan, Document::Proposal, Paper::A4).expect("render"))
    });
    g.bench_function("brief", |b| {
        b.iter(|| report::render(&plan, Document::Brief, Paper::A4).expect("render"))
    });
    g.finish();
}

fn wall(c: &mut Criterion) {
    documents(c, "PDF, 200 budget lines");
}

fn cpu(c: &mut Criterion<ThreadCpu>) {
    documents(c, "PDF, 200 budget lines, thread CPU time");
}

criterion_group!(benches, wall);
criterion_group! {
    name = cpu_benches;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = cpu
}
criterion_main!(benches, cpu_benches);
