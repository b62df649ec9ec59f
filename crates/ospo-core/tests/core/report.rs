//! PDF documents read back with poppler (pdftotext, pdfinfo, pdffonts): content, numbers, fonts,
//! layout bounds, page counts, outline, metadata and the attached plan.

use crate::fixtures::{date, position, rich_plan};
use ospo_core::guide;
use ospo_core::model::currency::format_money;
use ospo_core::model::*;
use ospo_core::report::{self, Block, Document, Paper, Section};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A plan with several positions in a tree, lines in every category, groups on every petal.
pub fn full_plan() -> Plan {
    let mut plan = rich_plan("Acme Open Source Office");
    plan.positions.extend([
        Position {
            employment: Employment::Contractor,
            ..position(
                "evan",
                "Developer Advocate",
                Role::TechnicalEvangelist,
                Some("head"),
            )
        },
        position(
            "comm",
            "Community Lead",
            Role::CommunityManager,
            Some("head"),
        ),
        Position {
            fte: 0.8,
            ..position(
                "arch",
                "Principal Architect",
                Role::SoftwareArchitect,
                Some("head"),
            )
        },
        Position {
            employment: Employment::Shared { percent: 20 },
            fte: 0.2,
            ..position("law", "Product Counsel", Role::LegalCounsel, Some("comp"))
        },
    ]);
    let cats = [
        BudgetCategory::Travel,
        BudgetCategory::EventSponsorship,
        BudgetCategory::ToolingInfrastructure,
        BudgetCategory::Training,
        BudgetCategory::LegalCompliance,
        BudgetCategory::Miscellaneous,
    ];
    for (i, cat) in cats.into_iter().enumerate() {
        let base = 5_000_00 * (i as i64 + 1);
        plan.budget.lines.push(BudgetLine {
            id: format!("line{i}"),
            category: cat,
            description: format!("{} spend", cat.label()),
            amounts: vec![base, base + 1_234_56, base + 2_500_01],
        });
    }
    let petals = [
        (Petal::Management, "Engineering directors"),
        (Petal::Legal, "Corporate legal team"),
        (Petal::Business, "Product management"),
        (Petal::OpenSourceEcosystem, "Apache and CNCF communities"),
        (Petal::Ospo, "OSPO core team"),
        (Petal::InternalEcosystem, "Security office"),
        (Petal::ExternalRegulators, "EU Cyber Resilience Act bodies"),
    ];
    for (i, (petal, name)) in petals.into_iter().enumerate() {
        plan.stakeholders.push(Stakeholder {
            id: format!("g{i}"),
            name: name.into(),
            petal,
            interest: Level::Medium,
            influence: Level::High,
            owner: Some("comm".into()),
            key_message: format!("What the OSPO does for the {name}"),
        });
    }
    plan.communications.push(Communication {
        id: "c2".into(),
        audience: "g0".into(),
        message: "Quarterly OSPO review".into(),
        channel: "Leadership meeting".into(),
        cadence: Some(Cadence::Quarterly),
        first_date: date(2027, 1, 15),
        owner: Some("head".into()),
    });
    plan.milestones.extend([
        Milestone {
            id: "m2".into(),
            title: "First upstream release".into(),
            date: date(2027, 9, 1),
            done: false,
        },
        Milestone {
            id: "m3".into(),
            title: "OSPO charter signed".into(),
            date: date(2027, 1, 20),
            done: true,
        },
    ]);
    plan.organization
        .value_propositions
        .push("Lower legal risk with one license compliance process for every product team".into());
    plan.validate().expect("the full plan is valid");
    plan
}

/// Long names everywhere, 200 budget lines, and Greek, Cyrillic and CJK text.
pub fn huge_plan() -> Plan {
    let mut plan = full_plan();
    plan.name = "Οργανισμός ανοιχτού κώδικα — Программа открытого кода — 开源项目办公室 with a very long name that must wrap over lines".into();
    plan.organization.name =
        "Ελληνική Εταιρεία Λογισμικού / Российская компания / 東京ソフトウェア株式会社".into();
    plan.positions[0].title = "Head of the Open Source Program Office and Chief Open Source Strategy Officer for All Regions and Divisions".into();
    plan.positions.push(position(
        "cjk",
        "开源合规工程师",
        Role::ComplianceEngineer,
        Some("head"),
    ));
    plan.positions.push(position(
        "ru",
        "Инженер по соответствию лицензиям",
        Role::ComplianceEngineer,
        Some("head"),
    ));
    for i in 0..20 {
        plan.positions.push(Position {
            employment: if i % 3 == 0 {
                Employment::Shared { percent: 30 }
            } else {
                Employment::Dedicated
            },
            ..position(
                &format!("eng{i}"),
                &format!("Upstream engineer {i}"),
                Role::Other,
                Some("arch"),
            )
        });
    }
    plan.budget.horizon_years = 5;
    plan.budget.currency = "JPY".into();
    plan.budget.lines = (0..200)
        .map(|i| BudgetLine {
            id: format!("b{i}"),
            category: BudgetCategory::ALL[1 + i % 7],
            description: match i % 4 {
                0 => format!("Συνδρομή ιδρύματος {i} — Λογισμικό ανοιχτού κώδικα"),
                1 => format!("Командировка на конференцию {i}"),
                2 => format!("开源基金会会员费 {i} 年度"),
                _ => format!("A deliberately long budget line description number {i} that wraps within its narrow table column"),
            },
            amounts: vec![1_000_000 + i as i64, 2_000_000, 3_000_000, 4_000_000, 5_000_000 + i as i64],
        })
        .collect();
    plan.risks.push(Risk {
        id: "r2".into(),
        description: "Долгий риск ".repeat(300),
        likelihood: Level::High,
        impact: Level::High,
        mitigation: "缓解措施".repeat(400),
    });
    plan.stakeholders[0].name =
        "Группа инженеров платформы и очень длинное название заинтересованной стороны".into();
    plan.validate().expect("the huge plan is valid");
    plan
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} must be installed (poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

struct Rendered {
    _dir: tempfile::TempDir,
    path: PathBuf,
    bytes: Vec<u8>,
}

impl Rendered {
    fn p(&self) -> &str {
        self.path.to_str().expect("utf-8 temp path")
    }

    /// The text in reading layout (a table row on one line), every run of whitespace made one space.
    fn text(&self) -> String {
        squash(&tool(
            "pdftotext",
            &["-layout", "-enc", "UTF-8", self.p(), "-"],
        ))
    }

    /// The text in drawing order, so a wrapped table cell reads as one run.
    fn raw_text(&self) -> String {
        squash(&tool(
            "pdftotext",
            &["-raw", "-enc", "UTF-8", self.p(), "-"],
        ))
    }

    fn page_text(&self, page: usize) -> String {
        let n = page.to_string();
        squash(&tool(
            "pdftotext",
            &["-layout", "-f", &n, "-l", &n, self.p(), "-"],
        ))
    }

    fn pages(&self) -> usize {
        info_field(&tool("pdfinfo", &[self.p()]), "Pages")
            .parse()
            .expect("page count")
    }
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn info_field(info: &str, field: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .map(|v| v.trim().to_owned())
        .unwrap_or_else(|| panic!("pdfinfo has no {field}: {info}"))
}

fn render(plan: &Plan, doc: Document, paper: Paper) -> Rendered {
    let bytes = report::render(plan, doc, paper).expect("renders");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.pdf");
    std::fs::write(&path, &bytes).unwrap();
    Rendered {
        _dir: dir,
        path,
        bytes,
    }
}

#[test]
fn proposal_shows_every_position_category_total_and_stakeholder_group() {
    let plan = full_plan();
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    let text = pdf.text();
    for p in &plan.positions {
        assert!(text.contains(&p.title), "position {:?} missing", p.title);
    }
    let totals = plan.totals();
    for cat in &totals.by_category {
        assert!(
            text.contains(&cat.label),
            "category {:?} missing",
            cat.label
        );
        let total = format_money(cat.total, &totals.currency, false);
        let row = format!(
            "{} {}",
            cat.label,
            cat.per_year
                .iter()
                .map(|v| format_money(*v, &totals.currency, false))
                .collect::<Vec<_>>()
                .join(" ")
        );
        assert!(text.contains(&row), "row {row:?} missing");
        assert!(
            text.contains(&total),
            "total {total} of {:?} missing",
            cat.label
        );
    }
    let grand = format_money(totals.grand_total, &totals.currency, false);
    assert!(
        text.contains(&format!(
            "Total {}",
            totals
                .per_year
                .iter()
                .map(|v| format_money(*v, &totals.currency, false))
                .collect::<Vec<_>>()
                .join(" ")
                + " "
                + &grand
        )),
        "grand total row missing"
    );
    for s in &plan.stakeholders {
        assert!(
            text.contains(&s.name),
            "stakeholder group {:?} missing",
            s.name
        );
    }
    for heading in [
        "Contents",
        "Executive summary",
        "Why now",
        "Structure",
        "Staffing",
        "Budget",
        "Stakeholders",
        "Communication plan",
        "Responsibilities and owners",
        "Milestones",
        "KPIs",
        "Risks and mitigations",
        "Appendix: assumptions and sources",
    ] {
        assert!(text.contains(heading), "section {heading:?} missing");
    }
    let n = pdf.pages();
    assert!(
        text.contains(&format!("Page 2 of {n}")),
        "running footer missing"
    );
    assert!(
        !pdf.page_text(1).contains("Page 1 of"),
        "the cover carries no footer"
    );
}

#[test]
fn contents_lists_each_section_with_the_page_it_starts_on() {
    let plan = full_plan();
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    let contents = pdf.page_text(2);
    let page_of = |title: &str| -> usize {
        let after = contents
            .split(title)
            .nth(1)
            .unwrap_or_else(|| panic!("{title} not in contents: {contents}"));
        after
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no page after {title}"))
    };
    for title in ["Staffing", "Stakeholders", "KPIs"] {
        let page = page_of(title);
        assert!(
            pdf.page_text(page).contains(title),
            "{title} is not on page {page}"
        );
    }
}

#[test]
fn brief_holds_the_ask_on_at_most_two_pages() {
    for plan in [full_plan(), huge_plan()] {
        let pdf = render(&plan, Document::Brief, Paper::Letter);
        assert!(pdf.pages() <= 2, "brief has {} pages", pdf.pages());
        let t = plan.totals();
        let text = pdf.text();
        assert!(
            text.contains(&format!("{} positions", t.positions)),
            "{text}"
        );
        assert!(text.contains(&format_money(t.grand_total, &t.currency, true)));
        assert!(text.contains(&format_money(t.per_year[0], &t.currency, true)));
        assert!(text.contains("Top risks") && text.contains("First milestones"));
    }
}

/// How far down its page the last line of body text (inside the running header and footer)
/// reaches, as a share of the page's height.
fn depth_used((size, list): &((f32, f32), Vec<Word>)) -> f32 {
    let height = size.1;
    let last = list
        .iter()
        .map(|(_, [_, _, _, y1])| *y1)
        .filter(|y1| *y1 < height - 50.0)
        .fold(0.0f32, f32::max);
    last / height
}

#[test]
fn the_brief_of_every_starter_fills_two_pages_and_keeps_its_case_whole() {
    for s in guide::starters() {
        let plan = guide::starter_plan(s.id).expect("starter");
        for paper in [Paper::Letter, Paper::A4] {
            let pdf = render(&plan, Document::Brief, paper);
            let pages = words(&pdf);
            assert_eq!(pages.len(), 2, "{} {paper:?}: {} pages", s.id, pages.len());
            for (n, page) in pages.iter().enumerate() {
                let used = depth_used(page);
                assert!(
                    used > 0.6,
                    "{} {paper:?}: page {} ends at {:.0}% of its height",
                    s.id,
                    n + 1,
                    used * 100.0
                );
            }
            // The lists an executive misses least are cut first: the case stays whole.
            let text = pdf.raw_text();
            for v in &plan.organization.value_propositions {
                assert!(text.contains(v.as_str()), "{}: {v:?} cut", s.id);
            }
            for heading in [
                "First milestones",
                "How success is measured",
                "Who hears what in the first year",
                "Top risks",
            ] {
                assert!(text.contains(heading), "{}: no {heading:?}", s.id);
            }
        }
    }
}

#[test]
fn fonts_are_embedded_as_subsets() {
    let pdf = render(&huge_plan(), Document::Proposal, Paper::A4);
    let fonts = tool("pdffonts", &[pdf.p()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{fonts}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let (emb, sub) = (cols[cols.len() - 5], cols[cols.len() - 4]);
        assert_eq!((emb, sub), ("yes", "yes"), "not an embedded subset: {row}");
    }
    assert!(fonts.contains("DejaVuSans"), "{fonts}");
    assert!(
        pdf.bytes.len() < 1_500_000,
        "subsetting keeps the file small: {}",
        pdf.bytes.len()
    );
}

/// Words as pdftotext -bbox reports them: page size, then (text, xmin, ymin, xmax, ymax) per word.
type Word = (String, [f32; 4]);

fn words(pdf: &Rendered) -> Vec<((f32, f32), Vec<Word>)> {
    let html = tool("pdftotext", &["-bbox", pdf.p(), "-"]);
    let attr = |tag: &str, name: &str| -> f32 {
        let start = tag.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
        tag[start..]
            .split('"')
            .next()
            .and_then(|v| v.parse().ok())
            .expect("number")
    };
    let mut pages = Vec::new();
    for chunk in html.split("<page ").skip(1) {
        let size = (attr(chunk, "width"), attr(chunk, "height"));
        let list = chunk
            .split("<word ")
            .skip(1)
            .map(|w| {
                let text = w
                    .split('>')
                    .nth(1)
                    .and_then(|t| t.split('<').next())
                    .unwrap_or("")
                    .to_owned();
                (
                    text,
                    [
                        attr(w, "xMin"),
                        attr(w, "yMin"),
                        attr(w, "xMax"),
                        attr(w, "yMax"),
                    ],
                )
            })
            .collect();
        pages.push((size, list));
    }
    pages
}

#[test]
fn huge_plan_with_non_latin_text_stays_within_the_page_and_words_never_overlap() {
    let plan = huge_plan();
    for (doc, paper) in [
        (Document::Proposal, Paper::A4),
        (Document::Proposal, Paper::Letter),
        (Document::Brief, Paper::A4),
    ] {
        let pdf = render(&plan, doc, paper);
        let pages = words(&pdf);
        assert!(!pages.is_empty());
        for (n, ((w, h), list)) in pages.iter().enumerate() {
            for (text, [x0, y0, x1, y1]) in list {
                assert!(
                    *x0 >= 20.0 && *x1 <= w - 20.0 && *y0 >= 20.0 && *y1 <= h - 20.0,
                    "{doc:?} page {}: {text:?} at {x0},{y0}–{x1},{y1} leaves the page",
                    n + 1
                );
            }
            for (i, (a, ra)) in list.iter().enumerate() {
                for (b, rb) in &list[i + 1..] {
                    let dx = ra[2].min(rb[2]) - ra[0].max(rb[0]);
                    let dy = ra[3].min(rb[3]) - ra[1].max(rb[1]);
                    assert!(
                        dx <= 1.0 || dy <= 1.5,
                        "{doc:?} page {}: {a:?} overlaps {b:?}",
                        n + 1
                    );
                }
            }
        }
        let text = pdf.text();
        assert!(
            text.contains("Ελληνική") && text.contains("Российская"),
            "Greek and Cyrillic are drawn"
        );
        if report::cjk_available() {
            assert!(
                text.contains("東京ソフトウェア株式会社"),
                "CJK is drawn when a CJK font is installed"
            );
        }
    }
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    let text = pdf.raw_text();
    for line in plan
        .budget
        .lines
        .iter()
        .filter(|l| l.description.starts_with("Командировка"))
    {
        assert!(
            text.contains(&line.description),
            "{} missing",
            line.description
        );
    }
}

#[test]
fn a_long_table_repeats_its_header_on_every_page_it_spans() {
    let plan = huge_plan();
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    let mut spanned = 0;
    for page in 1..=pdf.pages() {
        let text = pdf.page_text(page);
        if text.contains("Командировка на") {
            spanned += 1;
            assert!(
                text.contains("Line Category FY2027"),
                "page {page} has budget lines without the header"
            );
        }
    }
    assert!(
        spanned >= 3,
        "200 budget lines span several pages, got {spanned}"
    );
}

#[test]
fn a_long_calendar_repeats_its_months_on_every_page_and_keeps_every_row() {
    let mut plan = full_plan();
    let audience = plan.stakeholders[0].id.clone();
    let start = plan.budget.year_start(0);
    plan.communications = (0..90)
        .map(|i| Communication {
            id: format!("cal{i}"),
            audience: audience.clone(),
            message: format!("Calendar row {i} of the long plan"),
            channel: "Email".into(),
            cadence: Some(if i % 2 == 0 {
                Cadence::Monthly
            } else {
                Cadence::Weekly
            }),
            first_date: start,
            owner: None,
        })
        .collect();
    let name = plan.stakeholders[0].name.clone();
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    let mut seen = vec![0; 90];
    let mut spanned = 0;
    for page in 1..=pdf.pages() {
        let text = pdf.page_text(page);
        // A calendar row reads "Audience: message"; the table above sets them in two columns.
        let rows: Vec<usize> = (0..90)
            .filter(|i| text.contains(&format!("{name}: Calendar row {i} of")))
            .collect();
        if rows.is_empty() {
            continue;
        }
        spanned += 1;
        assert!(
            text.contains("Audience and message, from") && text.contains("Jan Feb Mar Apr"),
            "page {page} has calendar rows without the months above them:\n{text}"
        );
        // Weekly sends say how many in each month.
        assert!(text.contains("5×") || text.contains("4×"), "page {page}");
        rows.iter().for_each(|&i| seen[i] += 1);
    }
    assert!(spanned >= 2, "90 rows span pages, got {spanned}");
    assert_eq!(seen, vec![1; 90], "every row is printed once");
}

#[test]
fn paper_follows_the_locale_and_sets_the_page_size() {
    assert_eq!(Paper::for_locale("en-US"), Paper::Letter);
    assert_eq!(Paper::for_locale("en_CA"), Paper::Letter);
    assert_eq!(Paper::for_locale("es-MX"), Paper::Letter);
    assert_eq!(Paper::for_locale("en-GB"), Paper::A4);
    assert_eq!(Paper::for_locale("de"), Paper::A4);
    assert_eq!(Paper::for_locale(""), Paper::A4);
    let plan = full_plan();
    let letter = tool(
        "pdfinfo",
        &[render(&plan, Document::Brief, Paper::Letter).p()],
    );
    assert!(
        info_field(&letter, "Page size").starts_with("612 x 792"),
        "{letter}"
    );
    let a4 = tool("pdfinfo", &[render(&plan, Document::Brief, Paper::A4).p()]);
    assert!(
        info_field(&a4, "Page size").starts_with("595.28 x 841.89"),
        "{a4}"
    );
}

#[test]
fn metadata_and_outline_describe_the_document() {
    let plan = full_plan();
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    let info = tool("pdfinfo", &["-isodates", pdf.p()]);
    assert!(info_field(&info, "Title").contains(&plan.name));
    assert_eq!(info_field(&info, "Author"), plan.organization.name);
    assert!(info_field(&info, "Subject").contains("Proposal"));
    let year = chrono::Utc::now().format("%Y").to_string();
    assert!(
        info_field(&info, "CreationDate").starts_with(&year),
        "{info}"
    );

    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let outline = doc.get_toc().expect("the PDF has an outline");
    let titles: Vec<&str> = outline.toc.iter().map(|t| t.title.as_str()).collect();
    for heading in [
        "Executive summary",
        "Budget",
        "Stakeholders",
        "Appendix: assumptions and sources",
    ] {
        assert!(
            titles.contains(&heading),
            "outline lacks {heading}: {titles:?}"
        );
    }
}

#[test]
fn the_attached_plan_round_trips() {
    let plan = full_plan();
    for doc in [Document::Brief, Document::Proposal] {
        let pdf = render(&plan, doc, Paper::A4);
        let json = report::extract_plan_json(&pdf.bytes)
            .unwrap()
            .expect("a plan is attached");
        assert_eq!(
            ospo_core::files::read_plan_bytes(json.as_bytes()).unwrap(),
            plan
        );
        assert_eq!(ospo_core::files::read_plan_bytes(&pdf.bytes).unwrap(), plan);
        let listing = tool("pdfdetach", &["-list", pdf.p()]);
        assert!(listing.contains(report::ATTACHMENT_NAME), "{listing}");
    }
    let mut bare = printpdf::PdfDocument::new("bare");
    bare.pages.push(printpdf::PdfPage::new(
        printpdf::Mm(210.0),
        printpdf::Mm(297.0),
        vec![],
    ));
    let bytes = bare.save(&printpdf::PdfSaveOptions::default(), &mut Vec::new());
    assert_eq!(report::extract_plan_json(&bytes).unwrap(), None);
    let err = report::extract_plan_json(b"not a pdf at all").unwrap_err();
    assert_eq!(err.code(), "invalid");
}

#[test]
fn extra_sections_land_before_the_appendix_with_a_contents_line() {
    let plan = full_plan();
    let review = Section {
        title: "Plan review".into(),
        blocks: vec![
            Block::Paragraph("Three checks need attention.".into()),
            Block::Bullets(vec!["Name a sponsor".into()]),
            Block::Table {
                columns: vec![("Check".into(), 2.0), ("Finding".into(), 3.0)],
                rows: vec![vec!["Budget".into(), "Training is empty".into()]],
            },
        ],
    };
    let bytes = report::render_with(&plan, Document::Proposal, Paper::A4, &[review]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let text = squash(&tool("pdftotext", &[path.to_str().unwrap(), "-"]));
    let contents = squash(&tool(
        "pdftotext",
        &["-f", "2", "-l", "2", path.to_str().unwrap(), "-"],
    ));
    assert!(contents.contains("Plan review"), "{contents}");
    let review_at = text
        .rfind("Three checks need attention")
        .expect("review text");
    assert!(review_at < text.rfind("Appendix: assumptions and sources").unwrap());
    assert!(text.contains("Training is empty") && text.contains("Name a sponsor"));
}

#[test]
fn writing_to_a_path_is_whole_or_nothing() {
    let plan = full_plan();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.pdf");
    std::fs::write(&path, b"old").unwrap();
    report::render_to_path(&plan, Document::Brief, Paper::A4, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );

    let missing = dir.path().join("no-such-folder").join("x.pdf");
    let err = report::render_to_path(&plan, Document::Brief, Paper::A4, &missing).unwrap_err();
    assert_eq!(err.code(), "io");
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    assert!(!Path::new(&missing).exists());
}

/// The headings the documents set, as they read on a line of their own.
const HEADINGS: &[&str] = &[
    "Executive summary",
    "The ask",
    "The case",
    "Why now",
    "Maturity stage",
    "Strategy rung",
    "Organization chart",
    "Staffing",
    "Budget",
    "By category, whole plan",
    "Budget lines",
    "Stakeholders",
    "Communication plan",
    "The first twelve months",
    "Responsibilities and owners",
    "Not taken on in this plan",
    "Milestones",
    "KPIs",
    "Risks and mitigations",
    "Plan review",
    "Appendix: assumptions and sources",
    "Assumptions",
    "Sources",
    "Budget by category",
    "First milestones",
    "Where the office takes us",
    "How success is measured",
    "Who hears what in the first year",
    "Top risks",
];

/// Lines of words on one page, top to bottom: (text, top, bottom).
fn lines_of(words: &[Word]) -> Vec<(String, f32, f32)> {
    let mut lines: Vec<(String, f32, f32)> = Vec::new();
    let mut sorted: Vec<&Word> = words.iter().collect();
    sorted.sort_by(|a, b| a.1[1].total_cmp(&b.1[1]).then(a.1[0].total_cmp(&b.1[0])));
    for (text, [_, y0, _, y1]) in sorted {
        match lines.last_mut() {
            Some(line) if (line.1 - y0).abs() < 1.5 => {
                line.0.push(' ');
                line.0.push_str(text);
            }
            _ => lines.push((text.clone(), *y0, *y1)),
        }
    }
    lines
}

/// A line set as a heading: 11 pt and more (a box 12.8 pt high; body text is 9.5 pt).
fn is_heading((text, top, bottom): &(String, f32, f32)) -> bool {
    bottom - top > 12.5 && HEADINGS.contains(&text.as_str())
}

/// Every heading has at least two lines of what follows below it on its page, unless what follows
/// is shorter and ends there (the next page opens with a heading or the document ends), and no text
/// is cut with an ellipsis.
fn assert_laid_out_like_a_document(pdf: &Rendered, what: &str) {
    let pages: Vec<Vec<(String, f32, f32)>> = words(pdf)
        .iter()
        .map(|((_, height), words)| {
            let body: Vec<Word> = words
                .iter()
                .filter(|(_, [_, y0, _, y1])| *y0 > 50.0 && *y1 < height - 50.0)
                .cloned()
                .collect();
            lines_of(&body)
        })
        .collect();
    for (page, lines) in pages.iter().enumerate() {
        let section_ends_here = pages
            .get(page + 1)
            .is_none_or(|next| next.first().is_some_and(is_heading));
        for (i, line) in lines.iter().enumerate() {
            assert!(
                !line.0.contains('…'),
                "{what} page {}: {:?} is cut",
                page + 1,
                line.0
            );
            if is_heading(line) {
                let after = lines.len() - i - 1;
                assert!(
                    after >= 2 || (after == 1 && section_ends_here),
                    "{what} page {}: heading {:?} is followed by {after} line(s)",
                    page + 1,
                    line.0
                );
            }
        }
    }
}

#[test]
fn headings_are_never_stranded_and_no_label_is_cut() {
    let mut plans = vec![
        ("full".to_owned(), full_plan()),
        ("huge".to_owned(), huge_plan()),
    ];
    for s in guide::starters() {
        plans.push((s.id.to_owned(), guide::starter_plan(s.id).expect("starter")));
    }
    for (name, plan) in &plans {
        for (doc, paper) in [
            (Document::Proposal, Paper::A4),
            (Document::Proposal, Paper::Letter),
            (Document::Brief, Paper::Letter),
        ] {
            let pdf = render(plan, doc, paper);
            assert_laid_out_like_a_document(&pdf, &format!("{name} {doc:?} {paper:?}"));
            assert!(
                !pdf.text().contains("ospo import"),
                "{name}: command-line words"
            );
        }
    }
}

#[test]
fn a_plan_with_sample_items_says_so_on_every_page() {
    let plan = guide::starter_plan("cto_office").expect("starter");
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    for page in 1..=pdf.pages() {
        assert!(
            pdf.page_text(page).contains(report::SAMPLE_STAMP),
            "page {page} lacks the draft stamp"
        );
    }
    let mut kept = plan.clone();
    kept.samples.clear();
    let pdf = render(&kept, Document::Brief, Paper::A4);
    assert!(!pdf.text().contains(report::SAMPLE_STAMP));
}

#[test]
fn one_money_format_and_named_months() {
    let mut plan = full_plan();
    plan.budget.first_month = 10;
    let pdf = render(&plan, Document::Proposal, Paper::A4);
    let text = pdf.text();
    assert!(text.contains("from October"), "{text}");
    assert!(!text.contains("month 10"));
    let money = ospo_core::wording::Money::for_plan(&plan);
    let symbol = format_money(0, &plan.budget.currency, true)
        .trim_end_matches('0')
        .to_owned();
    let figures: Vec<&str> = text
        .split_whitespace()
        .map(|t| t.trim_end_matches([',', ';', '.', ')', ':']))
        .filter(|t| {
            t.strip_prefix(symbol.as_str())
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    assert!(!figures.is_empty(), "no figures in {text}");
    for f in figures {
        let has_cents = f.len() > 3 && f.as_bytes()[f.len() - 3] == b'.';
        assert_eq!(
            has_cents, money.cents,
            "{f} breaks the document's money format"
        );
    }
}

#[test]
fn proposal_places_the_plan_in_the_other_maturity_models_and_labels_illustrative_figures() {
    let plan = ospo_core::guide::starter_plan("corporate_with_divisions").unwrap();
    let text = render(&plan, Document::Proposal, Paper::Letter).raw_text();
    for expected in [
        "The same ladder in other maturity models",
        "2 Community-driven (now) Participation Directed",
        "4 Leadership-driven (target) Leadership Prevail",
        "How the levels line up with the stages: OSPO Planner guidance",
        "Illustrative figures, not quotes: 2027 base salaries for a large US company",
        "fiscal years, from October 2026",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
}

#[test]
fn the_apps_own_words_follow_the_plans_spelling_and_the_users_words_do_not() {
    let mut plan = full_plan();
    plan.positions[1].title = "Community Organizer".into();
    plan.organization.name = "Pan American Health Organization".into();
    plan.locale = "en-GB".into();
    let british = render(&plan, Document::Proposal, Paper::A4).raw_text();
    for word in [
        "Organisation chart",
        "Prioritise upstream development",
        "Community Organizer",
        "Pan American Health Organization proposes",
        "Today the organisation is at maturity stage",
    ] {
        assert!(
            british.contains(word),
            "{word} missing in the en-GB proposal"
        );
    }
    assert!(!british.contains("Prioritize"));
    plan.locale = "en-US".into();
    let american = render(&plan, Document::Proposal, Paper::A4).raw_text();
    assert!(american.contains("Organization chart"));
    assert!(american.contains("Prioritize upstream development"));
}
