//! Starting points without fiction (issue 10): a plan made in the window from each starter for a
//! new organization, exported as brief and proposal, names the user's organization and none of the
//! company or people the starters once invented; a starter's items are marked as sample until kept.

use crate::{flows::plan_id, new_plan, ready};
use ospo_e2e::{pdf_text, serial, App, Env};
use serde_json::json;

/// The fictional organizations and people the starters named before issue 10.
const INVENTED: &[&str] = &[
    "Brightwave",
    "Meridian",
    "Quillfield",
    "Harbourline",
    "Tinkerbyte",
    "Miriam Hofer",
    "Jonas Ekberg",
    "Priya Raman",
    "Lea Morel",
    "Angela Whitfield",
    "Marcus Lindqvist",
    "Ruth Okafor",
    "Daniel Cho",
    "Helen Park",
    "Tomasz Nowak",
    "Samuel Adeyemi",
    "Nadia Petrova",
    "Kenji Watanabe",
    "Carla Mendes",
    "Ingrid Solberg",
    "Pieter de Vries",
    "Aisha Karim",
    "Maarten Jansen",
    "Elena Rossi",
    "Omar Haddad",
    "Grace Liu",
    "Ben Adler",
    "Hofer",
    "Petrova",
    "Whitfield",
    "Solberg",
    "Rossi",
    "Adeyemi",
];

const STARTERS: [&str; 5] = [
    "within_rnd",
    "corporate_with_divisions",
    "cto_office",
    "virtual",
    "no_official",
];

#[tokio::test]
async fn plans_from_every_starter_name_the_users_organization_and_no_invented_one() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;

    for (n, starter) in STARTERS.iter().enumerate() {
        let name = format!("Plan {n}");
        let org = format!("Zephyr Test Org {n}");
        if n > 0 {
            app.click("nav-library").await;
        }
        new_plan(&app, &name, &org, starter).await;
        app.wait_for_text(&name).await;
        let id = plan_id(&app, &name).await;

        let view = app.invoke("get_plan", json!({"id": id})).await.unwrap();
        assert_eq!(view["plan"]["organization"]["name"], json!(org));
        assert!(
            !view["plan"]["samples"].as_array().unwrap().is_empty(),
            "{starter}: no sample marks"
        );

        for document in ["brief", "proposal"] {
            let path = env.dialog_dir().join(format!("{starter}-{document}.pdf"));
            app.invoke(
                "export_pdf",
                json!({"id": id, "path": path.display().to_string(), "document": document, "paper": "a4"}),
            )
            .await
            .unwrap();
            let text = pdf_text(&path);
            for invented in INVENTED {
                assert!(
                    !text.contains(invented),
                    "{starter} {document} names {invented:?}"
                );
            }
            assert!(text.contains(&org), "{starter} {document} lacks {org:?}");
            assert!(
                text.contains("Draft: contains sample content"),
                "{starter} {document} is not marked as a draft"
            );
            assert!(!text.contains('…'), "{starter} {document} cuts a label");
            assert!(!text.contains("ospo import"), "{starter} {document}");
        }
    }

    // Keeping a sample item in the review takes its finding away.
    crate::open_section(&app, "review").await;
    let before = app.all("[data-rule=\"sample_content\"]").await.len();
    assert!(before > 0);
    app.click("review-keep-sample").await;
    app.wait_for("one sample finding fewer", || async {
        app.all("[data-rule=\"sample_content\"]").await.len() == before - 1
    })
    .await;
    app.quit().await;
}
